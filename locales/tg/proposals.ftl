# Пешниҳодҳои сокинон: сокинон, модераторон ва мақомоти маҳаллӣ.

## Residents

proposals-title = Пешниҳоди худро ба { term-authority } фиристед ё вазъи пешниҳодҳоятонро бинед.
proposals-new = ✍️ Пешниҳоди нав
proposals-mine = 📂 Пешниҳодҳои ман
proposals-none = Шумо ҳанӯз пешниҳод нафиристодаед.
proposals-mine-title = Пешниҳодҳои Шумо. Барои дидани таърих якеро пахш кунед:
proposal-limit = Шумо дар 24 соати охир { $count ->
        [one] { $count } пешниҳод
       *[other] { $count } пешниҳод
    } фиристодед, ин ҳадди рӯзона аст. Ташаккур барои фаъолият! Лутфан, навбатиро пагоҳ фиристед.
proposal-choose-category = Пешниҳоди Шумо дар бораи чист?
proposal-category-roads = 🛣 Роҳҳо
proposal-category-water = 🚰 Об
proposal-category-lighting = 💡 Равшании кӯча
proposal-category-schools = 🏫 Мактабҳо
proposal-category-eservices = 💳 Хизматҳои электронӣ
proposal-category-other = 📝 Дигар
proposal-write = Лутфан, пешниҳодро дар як паём нависед: чӣ, дар куҷо ва чаро муҳим аст ({ $min }–{ $max } аломат).
proposal-text-first = Лутфан, аввал матни пешниҳодро нависед ({ $min }–{ $max } аломат). Аксҳоро баъд илова карда метавонед.
proposal-too-short = Ин каме кӯтоҳ аст ({ $length } аломат). Лутфан, ҳадди ақал { $min } аломат нависед, то { term-authority } фаҳмад.
proposal-too-long = Ин хеле дароз аст ({ $length } аломат). Лутфан, аз { $max } аломат зиёд нанависед.
proposal-ask-photos = Шумо то { $max } акс илова карда метавонед. Ҳозир фиристед ё «Гузаштан»-ро пахш кунед.
proposal-photo-saved = Акс сабт шуд ({ $count } аз { $max }). Боз фиристед ё «Тайёр»-ро пахш кунед.
proposal-photos-done = Тайёр ▸
proposal-skip = Гузаштан ▸
proposal-ask-location = Ҷойро дар харита нишон дода метавонед: 📎-ро пахш карда, «Ҷойгиршавӣ»-ро интихоб кунед. Ё «Гузаштан»-ро пахш кунед.
proposal-preview =
    Лутфан, пешниҳодро санҷед.
    Мавзӯъ: { $category }
    Ҷой: { $place }
    Аксҳо: { $photos }
    Харита: { $location }

    { $text }
proposal-send = ✅ Фиристодан
proposal-edit-text = ✏️ Ислоҳи матн
proposal-cancel = ✖ Бекор кардан
proposal-cancelled = Бекор шуд. Ҳеҷ чиз фиристода нашуд.
proposal-received = Ташаккур! Пешниҳоди Шумо қабул шуд. Рақами он: { $number }. Модераторон месанҷанд ва ман ба Шумо хабар медиҳам.
proposal-rewrite =
    Модератор тағйирот хост:
    { $note }

    Лутфан, матни навро нависед ({ $min }–{ $max } аломат).
proposal-edit-resubmit = ✏️ Ислоҳ кардан
proposal-open = 📄 Кушодан
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Ҷавоб: { $answer }

    Таърих:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ санҷида мешавад
proposal-status-changes = ✏️ тағйирот хоста шуд
proposal-status-rejected = ❌ қабул нашуд
proposal-status-duplicate = 🔁 такрорӣ
proposal-status-approved = ✅ фиристода шуд
proposal-status-answered = 💬 ҷавоб дода шуд
proposal-status-done = ✔️ иҷро шуд
proposal-event-submitted = фиристода шуд
proposal-event-resubmitted = пас аз тағйирот боз фиристода шуд
proposal-event-approved = модератор тасдиқ кард
proposal-event-rejected = қабул нашуд
proposal-event-changes = тағйирот хоста шуд
proposal-event-duplicate = ҳамчун такрорӣ қайд шуд
proposal-event-undone = қарор бекор шуд
proposal-event-forwarded = ба { term-authority } фиристода шуд
proposal-event-answered = { term-authority } ҷавоб дод
proposal-event-done = иҷро шуд

## What residents are told

proposal-now-approved = Хабари хуш: пешниҳоди Шумо { $number } тасдиқ шуд ва ба { term-authority } фиристода шуд. Ҷавобро ба Шумо мефиристам.
proposal-now-rejected = Пешниҳоди Шумо { $number } қабул нашуд. Сабаб: { $reason }.
proposal-now-changes = Модератор хоҳиш мекунад, ки пешниҳоди { $number }-ро пеш аз фиристодан каме тағйир диҳед.
proposal-now-duplicate = Пешниҳоди Шумо { $number } пешниҳоди { $original }-ро такрор мекунад, ки аллакай баррасӣ мешавад. Ташаккур барои дастгирӣ!
proposal-now-answered =
    Ҷавоби { term-authority } ба пешниҳоди Шумо { $number }:

    { $answer }
proposal-now-done = Пешниҳоди Шумо { $number } иҷро шуд. Ташаккур барои кӯмак ба ҷомеа!
proposal-moderator-note = Эзоҳи модератор: { $note }
reason-offtopic = ин пешниҳод ба { term-authority } нест
reason-private = дар он маълумоти шахсӣ ҳаст
reason-rude = дар он суханони дағал ҳаст
reason-unclear = маълум нест, ки чӣ пешниҳод мешавад
reason-notlocal = ин ба салоҳияти { term-authority } дахл надорад

## Moderators

moderation-card =
    🆕 Пешниҳоди { $number }
    { $category } · { $place }
    Аксҳо: { $photos } · Харита: { $location }

    { $text }
moderation-approve = ✅ Тасдиқ кардан
moderation-reject = ❌ Рад кардан
moderation-changes = ✏️ Хоҳиши тағйир
moderation-duplicate = 🔁 Такрорӣ…
moderation-not-allowed = Инро танҳо модераторони ҳамин { term-municipality } карда метавонанд.
moderation-choose-reason = Чаро { $number } қабул намешавад?
moderation-add-note = Барои сокин чанд калима нависед ё «Бе эзоҳ»-ро пахш кунед.
moderation-no-note = Бе эзоҳ ▸
moderation-what-to-change = Сокин дар { $number } чиро бояд тағйир диҳад? Лутфан, дар як паём нависед (то { $max } аломат).
moderation-which-original = { $number } кадом пешниҳодро такрор мекунад? Рақами онро нависед, масалан QUB-2026-0012.
moderation-note-length = Лутфан, то { $max } аломат нависед.
moderation-original-not-found = Дар ин { term-municipality } чунин пешниҳод ёфт нашуд. Лутфан, рақами пешниҳоди аслиро нависед, на { $number }.
moderation-decided = Сабт шуд: { $number } — { $status }. Шумо метавонед инро дар давоми { $minutes ->
        [one] { $minutes } дақиқа
       *[other] { $minutes } дақиқа
    } бекор кунед; танҳо баъд он пеш меравад.
moderation-undo = ↩ Бекор кардан
moderation-already-decided = Дар бораи { $number } аллакай { $who } қарор кардааст: { $status }.
moderation-too-late = Қарорро дар бораи { $number } дигар бекор кардан мумкин нест.
moderation-undone = Қарор дар бораи { $number } бекор шуд. Он боз дар навбат аст:
moderation-queue =
    Пешниҳодҳои интизор: { $count }
    { $summary }
    Ба мақомот нарасидаанд: { $stuck }
moderation-queue-line = { $place }: { $count }

## The local authority

authority-not-allowed = Ба пешниҳодҳо танҳо кормандони { term-authority } ҷавоб дода метавонанд.
authority-not-open = Ба пешниҳоди { $number } ҳоло ҷавоб додан мумкин нест.
authority-write-answer = Лутфан, ҷавобро ба пешниҳоди { $number } дар як паём нависед (то { $max } аломат). Сокин онро мегирад.
authority-answer-length = Лутфан, ҷавобро то { $max } аломат нависед.
authority-answer-sent = Ташаккур! Ҷавоб ба { $number } ба сокин фиристода шуд.
authority-marked-done = Пешниҳоди { $number } иҷрошуда қайд шуд; ба сокин хабар дода шуд.
