# Staff in chat: typed choices, confirmations, help by role, lists for staff.
typed-choice-ambiguous = Якчанд тугма ҳамин тавр навишта шудааст. Лутфан, рақами ҳамонеро, ки дар назар доред, нависед: { $numbers }.
event-duration-button = { $minutes } дақ.
authority-list =
    { $count ->
        [0] Ҳеҷ пешниҳод ҷавоби Шуморо интизор нест.
       *[other] Пешниҳодҳо барои ҷавоб: { $count }. Дар ин ҷо нишон дода шуд: { $shown }. Барои ҷавоб додан «✍️ Ҷавоб додан»-ро дар зери пешниҳод пахш кунед ё /answer ва рақами онро нависед.
    }
authority-answered-before = Ҷавоби Шумо то ҳол: { $answer }
authority-number-unknown = Пешниҳоди { $number } дар байни пешниҳодҳои мақомоти Шумо ёфт нашуд. Барои дидани рӯйхат /answer фиристед.
announcements-cancel-sure =
    Эълони #{ $id }, ки барои { $when } ба нақша гирифта шудааст, бекор карда шавад? { $count ->
        [one] { $count } сокин онро намегирад.
       *[other] { $count } сокин онро намегиранд.
    } Инро баргардондан мумкин нест.
announcements-withdraw-sure =
    Эълони #{ $id } аз { $count ->
        [one] чати { $count } сокин
       *[other] чатҳои { $count } сокин
    } бозхонда шавад? Дар ҷое, ки онро дигар нест кардан мумкин нест, ба ҷояш эзоҳи кӯтоҳ гузошта мешавад. Нусхаҳои ҳанӯз нафиристода ({ $waiting }) фиристода намешаванд. Инро баргардондан мумкин нест.
announcements-cancel-yes = ✖ Ҳа, бекор кун
announcements-withdraw-yes = 🗑 Ҳа, бозхон
help-staff-title = 🛠 Фармонҳои кормандии Шумо:
help-staff-role =
    { $place } · { $role ->
        [moderator] модератор
        [publisher] нашркунанда
        [authority] корманди мақомот
       *[admin] маъмур
    }
help-staff-everywhere = Ҳамаи ҷамоатҳо
help-requests-not-allowed = Дархостҳои ёрии сокинонро танҳо модераторон дида метавонанд.
help-requests-list =
    { $count ->
        [0] Ҳеҷ дархости ёрӣ ҷавобро интизор нест.
       *[other] Дархостҳои ёрӣ, ки ҷавобро интизоранд: { $count }. Дар ин ҷо, аз кӯҳнатарин сар карда: { $shown }.
    }
command-queue = Пешниҳодҳое, ки қарорро интизоранд
command-requests = Дархостҳои ёрии сокинон барои ҷавоб
command-announce = Навиштан ва фиристодани эълон
command-announcements = Эълонҳои фиристода: бекор, ислоҳ, бозхонд
command-event = Даъвати сокинон ба муҳокима
command-events = Муҳокимаҳои Шумо: тағйир, бекор, ҳузур
command-event_report = Ҳисоботи муҳокима
command-answer = Пешниҳодҳое, ки мақомоти Шумо бояд ҷавоб диҳад
authority-done-sure = Пешниҳоди { $number } иҷрошуда қайд карда шавад? Ба сокин хабар дода мешавад, ки иҷро шуд, ва баъд аз ин ҷавоб илова кардан мумкин нест.
authority-done-yes = ✅ Ҳа, иҷро шуд
