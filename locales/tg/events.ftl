## Consultations: residents

command-checkin = Ман дар чорабинӣ ҳастам: бақайдгирӣ
events-title = Муҳокимаҳои наздик: { $count }. Барои дидан ва ҷавоб додан якеро интихоб кунед.
events-item = { $title } · { $when } { $answer }
events-none = Барои ҷои Шумо ҳоло муҳокима нест. Вақте ки бошад, ба Шумо даъватнома мефиристем.
events-all = 🗓 Ҳамаи муҳокимаҳо
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Вохӯрии онлайни «маслиҳати амалӣ»
event-kind-seminar = Семинар
event-kind-round_table = Мизи мудаввар
event-kind-dialogue = Майдончаи муколама
event-kind-training = Омӯзиш
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } дақ.)
    { $where }

    { $text }
event-where-online = 💻 Онлайн
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 онлайн ҳам
event-place-map = { $place } ({ $link })
event-invite =
    Шумо даъват шудед!

    { $details }

    Меоед?
event-card =
    { $details }

    Ҷавоби Шумо: { $answer }
event-answer-going = меоям
event-answer-maybe = шояд
event-answer-cant = омада наметавонам
event-answer-waitlist = дар рӯйхати интизорӣ
event-answer-none = ҳанӯз ҷавоб нест
event-going = ✅ Меоям
event-maybe = ❔ Шояд
event-cant = ✖ Омада наметавонам
event-calendar = 📅 Ба тақвим
event-open = 🗓 Кушодан
event-here = 📍 Ман дар ин ҷо
event-propose = ✍️ Пешниҳод додан
event-answered-going = Ташаккур! Шумо меоед: «{ $title }», { $date }, соати { $time }. Пеш аз оғоз ёдрас мекунем.
event-answered-maybe = Қайд шуд: шояд. Дар бораи «{ $title }» ёдрас мекунем, { $date }, соати { $time }.
event-answered-cant = Қайд шуд: Шумо ба «{ $title }» омада наметавонед. Ҷавобро дар «Муҳокимаҳо» иваз карда метавонед.
event-answered-waitlist = Ҳамаи ҷойҳо барои «{ $title }» банданд. Шумо дар рӯйхати интизорӣ ҳастед: агар ҷой холӣ шавад, аз они Шумост ва мо хабар медиҳем.
event-link = Истинод барои пайвастан: { $link }
event-calendar-file = «{ $title }»: барои илова ба тақвим ин файлро кушоед.
event-gone = Ин муҳокима дигар дастрас нест. Ана менюи асосӣ.
event-was-cancelled = «{ $title }» бекор шуд. Ана менюи асосӣ.
event-started = «{ $title }» аллакай оғоз шудааст, ҷавобҳо қабул намешаванд.
event-not-yet = «{ $title }» ҳанӯз нагузаштааст.
event-reminder =
    Ёдрасӣ: «{ $title }» оғоз мешавад: { $date }, соати { $time }.
    { $where }
event-reminder-link =
    Ёдрасӣ: «{ $title }» оғоз мешавад: { $date }, соати { $time }.
    { $where }
    Истинод барои пайвастан: { $link }
event-changed =
    «{ $title }» тағйир ёфт. Маълумоти нав:

    { $details }
event-cancelled-notice = Бубахшед: «{ $title }» ({ $date }, соати { $time }) бекор шуд.
event-promoted = Хабари хуш: ҷой холӣ шуд ва он аз они Шумост. Шумо меоед: «{ $title }», { $date }, соати { $time }.
event-feedback-ask = Ташаккур барои иштирок дар «{ $title }». Чӣ қадар муфид буд? Аз 1 (муфид набуд) то 5 (хеле муфид) интихоб кунед.
event-feedback-comment = Ташаккур! Мехоҳед шарҳ илова кунед (то { $max } аломат)? Нависед ё «Гузаштан»-ро пахш кунед.
event-feedback-skip = Гузаштан
event-feedback-thanks = Ташаккур барои фикри Шумо!
event-text-too-long = Дар ин матн { $length } аломат ҳаст; ҳадди аксар { $max }. Лутфан, боз нависед.
event-propose-not-yet = Пешниҳод дар бораи муҳокимаро иштирокчиён пас аз оғози он дода метавонанд.
checkin-ask = Лутфан, рамзеро, ки дар чорабинӣ нишон дода шудааст, нависед (4 рақам).
checkin-wrong = Ин рамз нодуруст аст. Рамзи дар чорабинӣ нишондодашударо санҷида, боз нависед.
checkin-too-many = Рамзи нодуруст аз ҳад зиёд ворид шуд. Лутфан, аз ташкилкунандагон ёрӣ пурсед.
checkin-closed = Бақайдгирӣ барои «{ $title }» як соат пеш аз оғоз кушода ва як соат пас аз анҷом баста мешавад.
checkin-none-now = Ҳоло муҳокимае барои бақайдгирӣ нест.
checkin-done = Хуш омадед! Шумо дар «{ $title }» ба қайд гирифта шудед.

## Consultations: staff

event-not-allowed = Муҳокимаҳоро танҳо кормандони { term-authority }, ки эълон нашр мекунанд, идора карда метавонанд.
event-choose-municipality = Ин муҳокима барои кадом ҷамоат аст?
event-choose-audience = Киро даъват кунем? Ҷамоат: { $municipality }. Деҳаҳоро пахш карда интихоб кунед, сипас «Идома»-ро пахш кунед.
event-choose-kind = Ин чӣ гуна чорабинӣ аст?
event-write-title = Лутфан, номро нависед. Забон: { $language } (то { $max } аломат).
event-write-text = Акнун тавсифи кӯтоҳ. Забон: { $language }. Дар бораи чӣ ва барои кӣ (то { $max } аломат).
event-add-language = Сабт шуд. Тарҷума илова кунед ё «Тайёр»-ро пахш кунед.
event-write-time = Кай оғоз мешавад? Сана ва вақтро нависед (вақти маҳаллӣ, { $municipality }), масалан { $example }.
event-time-invalid = Ин санаро хонда натавонистам. Лутфан, чунин нависед: { $example }.
event-time-past = Ин вақт гузаштааст. Лутфан, вақти ояндаро нависед, масалан { $example }.
event-write-duration = Чӣ қадар давом мекунад? Шумораи дақиқаҳо (масалан 90) ё соату дақиқа (1:30) нависед, ё тугмаро пахш кунед. Рақаме, ки дар ин ҷо менависед, дақиқа ҳисоб мешавад.
event-duration-invalid = Лутфан, давомнокиро бо дақиқа нависед (аз 15 то { $max }), масалан 90 ё 1:30.
event-write-link = Истиноди пайвастани онлайнро фиристед (https://...) ё «Бе истинод»-ро пахш кунед.
event-no-link = Бе истинод
event-link-invalid = Ин истиноди веб нест. Лутфан, истинодеро фиристед, ки бо https:// оғоз мешавад.
event-write-place = Дар куҷо мегузарад? Суроғаро нависед (то { $max } аломат) ё ҷойгиршавиро фиристед.
event-no-place = Танҳо онлайн
event-ask-map = Барои он ки сокинон ҷойро дар харита ёбанд, ҷойгиршавиро фиристед ё «Бе харита»-ро пахш кунед.
event-no-map = Бе харита
event-write-capacity = Чанд нафар иштирок карда метавонад? Рақам нависед ё «Бе маҳдудият»-ро пахш кунед.
event-no-limit = Бе маҳдудият
event-capacity-invalid = Лутфан, адади бутунро аз 1 то { $max } нависед ё «Бе маҳдудият»-ро пахш кунед.
event-preview =
    Лутфан, муҳокимаро санҷед.

    { $details }

    Ҷойҳо: { $capacity ->
        [0] бе маҳдудият
       *[other] { $capacity }
    }
    Забонҳо: { $languages }
    Сокинони даъватшаванда ҳозир: { $count }
event-publish = ✅ Нашр кардан
event-draft-cancelled = Бекор шуд. Ҳеҷ чиз нашр нашуд.
event-published = Нашр шуд. Даъватномаҳо дар навбат: { $count }. Рамзи бақайдгирӣ: { $code }
events-admin-none = Ҳоло муҳокима нест. Бо /event эҷод кунед.
event-status-scheduled = ба нақша гирифташуда
event-status-cancelled = бекоршуда
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Меоянд: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Шояд: { $maybe } · Рӯйхати интизорӣ: { $waitlist }
    Рамзи бақайдгирӣ: { $code }
event-edit = ✏️ Тағйир додан
event-cancel = ✖ Бекор кардан
event-attendance = ☑️ Иштирок
event-report = 📊 Ҳисобот
event-edit-what = Чиро тағйир медиҳед? Ба ҳамаи ҷавобдиҳандагон хабар дода мешавад.
event-field-time = 🕒 Сана ва вақт
event-field-dur = ⏱ Давомнокӣ
event-field-link = 💻 Истиноди онлайн
event-field-place = 📍 Ҷой
event-field-cap = 👥 Шумораи ҷойҳо
event-edit-time = Сана ва вақти навро нависед, масалан { $example }.
event-edit-dur = Давомнокии навро бо дақиқа нависед, масалан 90.
event-edit-link = Истиноди навро фиристед (https://...).
event-edit-place = Суроғаи навро нависед (то { $max } аломат) ё ҷойгиршавиро фиристед.
event-edit-cap = Шумораи нави ҷойҳоро нависед.
event-saved = Сабт шуд. Ба сокинон дар бораи тағйир хабар дода шуд: { $count }.
event-cancel-confirm = «{ $title }» бекор карда шавад? { $count ->
        [one] Ба { $count } сокини ҷавобдода хабар дода мешавад.
       *[other] Ба { $count } сокини ҷавобдода хабар дода мешавад.
    } Инро баргардондан мумкин нест.
event-cancel-yes = ✖ Ҳа, бекор кун
event-cancelled = Муҳокима бекор шуд. Ба сокинон хабар дода шуд: { $count }.
event-closed = Ин муҳокимаро дигар тағйир додан мумкин нест (бекор шудааст ё ба анҷом расидааст).
event-attendance-none = Ҳанӯз касе «меоям» нагуфтааст.
event-attendance-title = Омадагонро пахш кунед ({ $count } нафар «меоям» гуфтаанд). ✅ яъне ҳозир.
event-report-choose = Кадом муҳокима?
event-report-text =
    Ҳисобот #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Даъват шуданд: { $invited }
    Меоянд: { $going } · Шояд: { $maybe } · Наметавонанд: { $cant } · Рӯйхати интизорӣ: { $waitlist }
    Иштирок карданд: { $attended }
    Фикрҳо: { $count }, баҳои миёна { $average } аз 5
    Шарҳҳо:
    { $comments }

## Proposals raised at a consultation, in the authority's forward

forward-event = Дар муҳокима гуфта шуд: { $title } ({ $when })
