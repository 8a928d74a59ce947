# Surveys and polls (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Пурсишҳо
survey-list = Пурсишҳое, ки ҳоло барои Шумо кушодаанд. Якеро интихоб кунед:
survey-none-open = Ҳоло барои Шумо пурсиши кушода нест.
survey-invite =
    📋 Пурсиш: { $title }
    { $intro }

    Лутфан, то { $closes } ҷавоб диҳед. Шумо метавонед ҳар вақт қатъ карда, баъдтар идома диҳед.
survey-start = Оғози пурсиш
survey-continue = Идомаи пурсиш
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Саволи { $number } аз { $total }
    { $text }

    { $how }
survey-how-single = Як ҷавобро интихоб кунед.
survey-how-multiple = То { $max } ҷавобро қайд кунед, сипас «Тайёр»-ро пахш кунед.
survey-how-scale = Аз 1 (пасттарин) то 5 (баландтарин) интихоб кунед.
survey-how-number = Лутфан, адади бутунро аз { $min } то { $max } нависед.
survey-how-text = Лутфан, ҷавобатонро нависед (то { $max } аломат).
survey-scale-value = { $value }
survey-your-answer = Ҷавоби Шумо ҳоло: { $answer }
survey-done = ✔ Тайёр
survey-later = ⏸ Баъдтар идома
survey-review =
    📋 { $title }
    Шумо ба ҳамаи саволҳо ҷавоб додед:
    { $answers }

    Барои фиристодани ҷавобҳо «Анҷом»-ро пахш кунед. То он вақт ҷавобро тағйир додан мумкин аст.
survey-finish = ✔ Анҷом
survey-change = ✏️ Тағйири ҷавоб
survey-change-which = Кадом ҷавобро тағйир додан мехоҳед?
survey-thanks = Ташаккур! Ҷавобҳои Шумо ба «{ $title }» сабт шуданд. Вақте ки пурсиш баста мешавад, натиҷаҳоро мегиред.
survey-paused = Ҷавобҳои Шумо ба «{ $title }» сабт шуданд. Баъдтар аз меню идома дода метавонед.
survey-already-done = Шумо ба «{ $title }» аллакай ҷавоб додаед. Ташаккур!
survey-closed = Пурсиши «{ $title }» баста шудааст. Ҷавобҳое, ки додед, сабт шудаанд.
survey-closed-midway = Пурсиши «{ $title }» баста шуд. Ҷавобҳое, ки то баста шудан додед, сабт ва ҳисоб шудаанд.
survey-reminder = 📋 Пурсиши «{ $title }» ба зудӣ баста мешавад. Аз ҳамон ҷое, ки қатъ кардед, идома дода метавонед.
survey-hint-buttons = Лутфан, бо тугмаҳо ҷавоб диҳед.
survey-hint-pick = Лутфан, яке аз ҷавобҳои нишондодашударо интихоб кунед.
survey-hint-too-many = Шумо ҳадди аксар { $max } ҷавобро қайд карда метавонед.
survey-hint-number = Лутфан, адади бутунро аз { $min } то { $max } нависед.
survey-hint-text-empty = Лутфан, ҷавобатонро нависед (то { $max } аломат).
survey-hint-text-long = Ҷавоби Шумо { $length } аломат дорад; ҳадди аксар { $max }. Лутфан, онро кӯтоҳ кунед.
survey-hint-old-button = Ин тугма ба саволи пештара тааллуқ дорад. Лутфан, ба саволи нишондодашуда ҷавоб диҳед.
survey-results-title = 📊 Натиҷаҳои «{ $title }». Сокинони ҷавобдода: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Миёна: { $average }
survey-chart-footer = Сокинони ҷавобдода: { $count }

# Staff: /survey
survey-build-audience = Пурсиш дар { $municipality } барои кист? Деҳаҳоро қайд кунед ё ҳамаро гузоред.
survey-build-filter = Танҳо сокиноне, ки баъзе забонҳо ё каналҳоро истифода мебаранд? Онҳоро қайд кунед ё барои ҳама ҳеҷ чизро қайд накунед.
survey-build-title = Лутфан, сарлавҳаи пурсишро бо забони { $language } нависед.
survey-build-intro = Лутфан, муқаддимаи кӯтоҳ нависед ё онро гузаред.
survey-build-no-intro = Гузаштан
survey-build-kind = Саволҳо то ҳол: { $count }. Саволи навбатӣ чӣ гуна аст?
survey-kind-single = Як ҷавоб
survey-kind-multiple = Якчанд ҷавоб
survey-kind-scale = Миқёси 1–5
survey-kind-number = Адад
survey-kind-text = Матни озод
survey-build-questions-done = ✔ Дигар савол нест
survey-build-question = Лутфан, саволи { $number }-ро нависед (то { $max } аломат).
survey-build-options = Лутфан, ҷавобҳоро барои интихоб нависед, ҳар кадомро дар сатри алоҳида: аз 2 то { $max } ҷавоб, ҳар як то { $length } аломат.
survey-build-max-choices = Сокин чанд ҷавобро қайд карда метавонад (аз 1 то { $max })? Ё гузаред: ҳар миқдор.
survey-build-max-length = Ҷавоб чанд аломат дошта метавонад (аз 1 то { $max })? Ё гузаред: { $max }.
survey-build-no-limit = Гузаштан
survey-build-bounds = Лутфан, хурдтарин ва калонтарин адади иҷозатдодашударо нависед, масалан: 0-100
survey-build-skip = Гузариш: оё баъзе ҷавобҳо бояд ба саволи баъдтар баранд? Барои ҳар ҷавоб як сатр нависед, масалан «2 > 5» (ҷавоби 2 ба саволи 5 мебарад) ё «3 > анҷом». Ин саволи { $position } аст.
survey-build-no-skip = Бе гузариш
survey-build-too-many = Пурсиш ҳадди аксар { $max } савол дошта метавонад.
survey-build-too-long = Лутфан, аз 1 то { $max } аломат нависед.
survey-build-languages = Матнҳоро бо забони дигар илова кунед ё «Тайёр»-ро пахш кунед.
survey-build-translate-title = Сарлавҳа бо забони { $language }. Асл: { $original }
survey-build-translate-intro = Муқаддима бо забони { $language }. Асл: { $original }
survey-build-translate-q = Савол бо забони { $language }. Асл: { $original }
survey-build-translate-o =
    Ҷавобҳо бо забони { $language }, ҳар кадом дар сатри алоҳида, бо ҳамон тартиб. Асл:
    { $original }
survey-build-translate-count = Лутфан, маҳз { $count } ҷавоб нависед, ҳар кадомро дар сатри алоҳида.
survey-build-anonymous = Пурсиш беном бошад? Он гоҳ ҳеҷ экран ё содирот нишон намедиҳад, ки кӣ ҷавоб додааст.
survey-build-anonymous-yes = Беном
survey-build-anonymous-no = Бо ном
survey-build-opens = Кай кушода шавад? «Ҳозир»-ро пахш кунед ё вақтро барои { $place } нависед, масалан { $example }.
survey-build-open-now = Ҳозир
survey-build-closes = Кай баста шавад? Давомнокиро интихоб кунед ё вақтро барои { $place } нависед, масалан { $example }.
survey-build-closes-past = Вақти бастан бояд баъд аз кушодан бошад. Лутфан, боз интихоб кунед ({ $place }, масалан { $example }).
survey-days = { $days } рӯз
survey-build-time-invalid = Ин вақтро хонда натавонистам. Лутфан, онро ба монанди { $example } нависед.
survey-build-preview =
    Пурсиш: { $title }
    Саволҳо: { $questions }
    Забонҳо: { $languages }
    { $anonymous }
    Кушода мешавад: { $opens }
    Баста мешавад: { $closes }
    Сокинони даъватшуда: { $count }
survey-build-publish = ✔ Нашр кардан
survey-build-cancelled = Пурсиш нашр нашуд.
survey-published-open = Пурсиши #{ $id } кушода шуд. Даъватномаҳо фиристода мешаванд: { $count }.
survey-published-later = Пурсиши #{ $id } дар { $when } кушода мешавад.

# Staff: /poll
poll-question = Пурсиши кӯтоҳ, қадами 1 аз 3: лутфан, саволро нависед (то { $max } аломат).
poll-closes = Қадами 3 аз 3: пурсиш чанд вақт кушода бошад? Вай ҳамон замон, ки интихоб мекунед, кушода мешавад.

# Staff: /surveys
survey-staff-none = Ҳоло пурсиш нест. Бо /survey ё /poll эҷод кунед.
survey-staff-item =
    #{ $id } { $title }
    { $status } · { $opens } – { $closes }
    Оғоз карданд: { $started } · Анҷом доданд: { $finished }
survey-status-scheduled = Ба нақша гирифта шуд
survey-status-open = Кушода
survey-status-closed = Баста
survey-status-cancelled = Бекоршуда
survey-staff-results = 📊 Натиҷаҳо
survey-staff-close = Ҳозир бастан
survey-staff-closing = Пурсиши #{ $id } ҳозир баста мешавад: дигар ҷавоб қабул намешавад ва натиҷаҳо дар давоми як дақиқа ба ҷавобдиҳандагон мераванд.
survey-staff-cancelled = Пурсиши #{ $id } бекор карда шуд.
survey-staff-figures =
    📊 #{ $id } { $title }
    Даъват шуданд: { $invited } · Оғоз карданд: { $started } · Анҷом доданд: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Миёна { $average } (аз { $low } то { $high })
survey-staff-by-community = Аз рӯи деҳа
survey-staff-by-locale = Аз рӯи забон
survey-staff-by-channel = Аз рӯи канал
survey-staff-group = { $group }: { $count } ҷавоб доданд
survey-staff-none-group = Нишон дода нашуд
survey-staff-no-answers = Ҳанӯз ҷавоб нест.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = Ҷавобҳо ба пурсиши #{ $id }.
