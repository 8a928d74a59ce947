## The staff web panel, and the staff's queue tools in chat

# /panel in chat
panel-staff-only = Панели веб барои кормандони ҷамоат аст. Агар Шумо дар ҷамоат кор кунед, лутфан, аз маъмури он нақш пурсед.
panel-link =
    Ана истиноди Шумо ба панели веби кормандон:
    { $link }

    Он як маротиба ва { $minutes } дақиқа кор мекунад. Онро ба касе надиҳед.
panel-open = 🖥 Кушодани панел

# /queue and /p in chat
moderation-queue-page = { $what }: { $count ->
        [one] { $count } пешниҳод нишон дода шуд.
       *[other] { $count } пешниҳод нишон дода шуд.
    }
moderation-queue-empty = { $what }: дигар пешниҳод нест.
moderation-queue-next = Саҳифаи баъдӣ ▸
moderation-queue-filter = 🔎 Филтр
moderation-queue-filters = Ҳозир нишон дода мешавад: { $status }. Вазъ ё мавзӯъро дар дохили он интихоб кунед.
moderation-card-status = Вазъ: { $status }
moderation-open-how = Лутфан, рақами пешниҳодро баъд аз /p нависед, масалан: /p QUB-2026-0042
moderation-open-not-found = Пешниҳоди { $number } дар ҷамоатҳое, ки Шумо модератор ҳастед, ёфт нашуд.

# Pages
panel-title = Панели кормандон
panel-nav-queue = Навбати модератсия
panel-nav-audit = Дафтари амалҳо
panel-language = Забон
panel-apply = Татбиқ кардан
panel-logout = Баромадан
panel-logout-all = Аз ҳама ҷо баромадан
panel-signin-title = Воридшавӣ
panel-signin-how = Барои ворид шудан ба бот дар чати шахсӣ /panel фиристед ва истинодеро, ки мефиристад, кушоед.
panel-login-confirm = Барои ворид шудан ба панели кормандон тугмаро пахш кунед. Истинод танҳо як маротиба кор мекунад.
panel-login-button = Ворид шудан
panel-link-refused = Ин истинод дигар кор намекунад: он аллакай истифода шудааст ё зиёда аз 10 дақиқа гузашт. Лутфан, ба бот боз /panel фиристед.
panel-signed-out = Шумо баромадед.
panel-signed-out-everywhere = Шумо дар ҳамаи дастгоҳҳо баромадед.
panel-csrf-refused = Ин дархост рад шуд, зеро он аз саҳифаи панел наомадааст. Лутфан, саҳифаро аз нав бор кунед ва боз кӯшиш кунед.
panel-not-allowed = Шумо ба ин дастрасӣ надоред. Инро танҳо модераторони ҷамоат дида метавонанд.
panel-not-found = Дар ин суроға ҳеҷ чиз ёфт нашуд.

# The queue
panel-queue-title = Навбати модератсия
panel-queue-pending = { $count ->
        [one] { $count } пешниҳод қарорро интизор аст.
       *[other] { $count } пешниҳод қарорро интизоранд.
    }
panel-queue-pending-many = Ҳадди ақал { $count } пешниҳод қарорро интизоранд.
panel-queue-empty = Ба ин филтрҳо ҳеҷ пешниҳод мувофиқ нест.
panel-filter-status = Вазъ
panel-filter-category = Мавзӯъ
panel-filter-community = Деҳа
panel-filter-since = Аз
panel-filter-until = То
panel-filter-search = Рақам ё калимаҳо
panel-filter-any = Ҳама
panel-filter-apply = Нишон додан
panel-col-number = Рақам
panel-col-submitted = Фиристода шуд
panel-col-place = Ҷой
panel-col-category = Мавзӯъ
panel-col-text = Матн
panel-col-status = Вазъ
panel-col-when = Кай
panel-col-what = Чӣ
panel-col-who = Кӣ
panel-col-channel = Канал
panel-col-target = Гиранда
panel-col-sent = Вақти фиристодан
panel-col-error = Хато
panel-next-page = Саҳифаи баъдӣ ▸
panel-first-page = ◂ Саҳифаи аввал
panel-bulk-title = Бо пешниҳодҳои қайдшуда
panel-bulk-approve = ✅ Тасдиқи ҳамаи қайдшудаҳо
panel-bulk-reject = ❌ Радди ҳамаи қайдшудаҳо
panel-bulk-done = { $count ->
        [one] Дар бораи { $count } пешниҳод қарор қабул шуд.
       *[other] Дар бораи { $count } пешниҳод қарор қабул шуд.
    }

# One proposal
panel-location = Ҷой дар харита
panel-open-map = Кушодани харита
panel-photos = Аксҳо
panel-photo = Акси { $number }
panel-photo-in-telegram = Акси { $number } (дар Telegram)
panel-approve = ✅ Тасдиқ кардан
panel-reject = ❌ Рад кардан
panel-reason = Сабаб
panel-note = Эзоҳ
panel-ask-changes = ✏️ Хоҳиши тағйир
panel-what-to-change = Чиро тағйир додан
panel-duplicate = 🔁 Такрори
panel-original = Рақами пешниҳоди аслӣ
panel-undo = ↩ Бекор кардан
panel-decided-by = Қарор кард: { $who }
panel-answer = Ҷавоби мақомот
panel-history = Таърих
panel-forwards = Фиристодан ба мақомот
panel-no-forwards = Ҳанӯз фиристода нашудааст.
panel-decided = Сабт шуд. То гузаштани вақти бекоркунӣ ба сокин ва мақомот ҳеҷ чиз намерасад.
panel-undone = Қарор бекор карда шуд.
panel-already-decided = Дар бораи ин пешниҳод каси дигар аллакай қарор кардааст.
panel-original-not-found = Дар ин ҷамоат пешниҳоде бо ин рақам нест.
panel-decision-incomplete = Лутфан, он чиро, ки ин қарор талаб мекунад, пур кунед: сабаб ё суханон барои сокин.
panel-too-late = Ин қарорро дигар бекор кардан мумкин нест.
panel-delivery-queued = дар навбат
panel-delivery-sending = фиристода мешавад
panel-delivery-sent = расонида шуд
panel-delivery-failed = нарасид
panel-delivery-skipped = гузаронида шуд

# The audit trail
panel-audit-title = Дафтари амалҳо
panel-audit-empty = Барои ин филтрҳо ҳеҷ чиз сабт нашудааст.
panel-older = Сабтҳои кӯҳнатар ▸
panel-audit-login = ба панел ворид шуд
panel-audit-logout = баромад
panel-audit-logout-all = аз ҳама ҷо баромад
panel-audit-bulk-approved = якбора якчандторо тасдиқ кард
panel-audit-bulk-rejected = якбора якчандторо рад кард
panel-event-forward-sent = паём ба мақомот расонида шуд
panel-event-forward-failed = паём ба мақомот нарасид
