# Тоҷикӣ. Содда, боадаб ва кӯтоҳ: барои сокинони шаҳрчаҳо ва деҳаҳо.
# Забони тоҷикӣ: категорияи `one` ба 0 ва 1 дахл дорад, пас он ҳамеша рақамро нишон медиҳад.

language-self-name = Тоҷикӣ

## First contact and language

greeting =
    Ассалому алейкум! Ман боти ҷамъиятӣ барои сокинони { term-municipality } ҳастам.
    Дар ин ҷо Шумо метавонед эълонҳоро хонед, пардохти онлайнро омӯзед, дар муҳокимаҳо иштирок кунед ва ба { term-authority } пешниҳод фиристед.

    Ман ба Шумо хабарҳои { term-authority } мефиристам. Барои қатъ кардани онҳо ҳар вақт ҚАТЪ нависед.

    Лутфан, забонро интихоб кунед:
language-choose = Лутфан, забонро интихоб кунед:
language-changed = Тайёр. Акнун ба Шумо бо забони тоҷикӣ менависам.

## Where the resident lives

place-choose-country = Шумо дар кадом кишвар зиндагӣ мекунед?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Шумо дар кадом муниципалитет зиндагӣ мекунед?
        [KZ] Шумо дар кадом ноҳия зиндагӣ мекунед?
        [AM] Шумо дар кадом ҷамоа зиндагӣ мекунед?
        [KG] Шумо дар кадом айил аймак зиндагӣ мекунед?
        [UZ] Шумо дар кадом ноҳия ё маҳалла зиндагӣ мекунед?
        [TJ] Шумо дар кадом ҷамоат ё ноҳия зиндагӣ мекунед?
        [TM] Шумо дар кадом этрап зиндагӣ мекунед?
       *[other] Шумо дар кадом ҷамоат зиндагӣ мекунед?
    }
place-choose-community =
    { $municipality }: { $count ->
        [one] { $count } деҳа
       *[other] { $count } деҳа
    }. Шумо дар кадомаш зиндагӣ мекунед?
place-community-none = Дар рӯйхат нест
place-saved = Сабт шуд: { $place }.
place-not-found = Ин ҷойро ёфта натавонистам. Лутфан, аз рӯйхат интихоб кунед.
deep-link-unknown = Рамзи «{ $code }»-ро намедонам. Лутфан, ҷамоати худро аз рӯйхат интихоб кунед.
back = ← Ба қафо

## Main menu

menu-title = Менюи асосӣ. Чӣ кор кардан мехоҳед?
menu-announcements = 📢 Эълонҳо
menu-payments = 💳 Пардохти онлайн
menu-consultations = 🗓 Муҳокимаҳо
menu-proposal = ✍️ Пешниҳод додан
menu-settings = ⚙️ Танзимот
back-to-menu = ← Менюи асосӣ
welcome-back = Хуш омадед! Чӣ кор кардан мехоҳед?

## Settings and notices

settings-summary =
    Танзимоти Шумо:
    Забон: { $language }
    Ҷой: { $place }
    Хабарҳо: { $notices ->
        [on] фаъол
       *[off] хомӯш
    }
    Ёдрасиҳо: { $reminders ->
        [on] фаъол
       *[off] хомӯш
    }
settings-change-language = 🌐 Иваз кардани забон
settings-change-place = 📍 Иваз кардани ҷой
settings-notices-off = 🔕 Хабар нагирифтан
settings-notices-on = 🔔 Хабар гирифтан
notices-off = Шумо дигар хабар намегиред. Менюро истифода бурда метавонед. Барои боз гирифтан ОҒОЗ нависед.
notices-on-again = Хабарҳо боз фаъол шуданд.

## Help and commands

help =
    Ман дар инҳо ёрӣ медиҳам:
    📢 эълонҳои { term-authority }
    💳 пардохти онлайн, қадам ба қадам
    🗓 муҳокимаҳо ва вохӯриҳо
    ✍️ пешниҳодҳо ба { term-authority }

    Фармонҳо:
    /menu – менюи асосӣ
    /language – иваз кардани забон
    /settings – танзимоти Шумо
    /checkin – бақайдгирӣ дар муҳокима бо рамз
    /stop – қатъ кардани хабарҳо (ё ҚАТЪ нависед)
    /start – аз нав оғоз кардан
command-start = Аз нав оғоз кардан
command-menu = Менюи асосӣ
command-language = Иваз кардани забон
command-settings = Танзимоти ман
command-help = Бот чӣ кор карда метавонад
command-stop = Қатъ кардани хабарҳо

## When input does not fit

hint-use-buttons = Бубахшед, нафаҳмидам. Лутфан, тугмаи поёнро пахш кунед ё рақами онро нависед.
hint-text-only = Дар ин ҷо ман танҳо матн ва тугмаҳоро мехонам. Лутфан, тугмаи поёнро пахш кунед ё рақами онро нависед.
button-expired = Ин тугма дигар кор намекунад. Ана менюи асосӣ.
unknown-command = Ин фармонро намедонам. Барои дидани имкониятҳоям /help фиристед.
edit-not-supported = Ман тағйиротро дар паёмҳои фиристодашуда намебинам. Лутфан, паёми нав фиристед.
group-only-private = Ман танҳо дар чати шахсӣ кор мекунам. Лутфан, ба ман мустақиман нависед.
error-generic = Бубахшед, аз ҷониби мо хато рух дод. Лутфан, пас аз як дақиқа боз кӯшиш кунед.

## Announcements: categories

category-utilities = 💧 Об, газ, барқ
category-council = 🏛 Қарорҳои шӯро
category-budget = 💰 Буҷа
category-hiring = 💼 Ҷойҳои корӣ
category-grants = 🏆 Грантҳо, озмунҳо
category-events = 🗓 Чорабиниҳо
category-emergency = 🚨 Ҳолати фавқулода
category-surveys = 📋 Пурсишҳо

## Announcements: residents

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Инҳо эълонҳои охирин мебошанд.
news-older = ◂ Пештара
news-none = Ҳоло эълонҳои { term-authority } нест.
news-no-more = Эълонҳои пештара нестанд.
news-no-place = Лутфан, аввал дар /settings ҷамоати худро интихоб кунед.

## Announcements: publishers

announce-not-allowed = Инро танҳо кормандони { term-authority }, ки эълон нашр мекунанд, карда метавонанд.
announce-choose-municipality = Ин эълон барои кадом ҷамоат аст?
announce-choose-audience = Кӣ мегирад? Ҷамоат: { $municipality }. Деҳаҳоро пахш карда интихоб кунед, сипас «Идома» -ро пахш кунед.
announce-audience-all = { $mark } Ҳама
announce-continue = Идома ▸
announce-choose-category = Эълон дар бораи чист?
announce-write-text = Лутфан, эълонро нависед. Забон: { $language } (то { $max } аломат).
announce-text-too-long = Дар ин матн { $length } аломат ҳаст; ҳадди аксар { $max }. Лутфан, кӯтоҳ карда, боз фиристед.
announce-add-language = Сабт шуд. Сокиноне, ки бо забони дигар мехонанд, забони наздиктаринро мегиранд. Тарҷума илова кунед ё «Тайёр»-ро пахш кунед.
announce-languages-done = ✔ Тайёр
announce-attach = Шумо метавонед акс ё ҳуҷҷат (масалан, PDF-и қарор) замима кунед. Ҳозир фиристед ё «Бе замима»-ро пахш кунед.
announce-no-attachment = Бе замима
announce-choose-time = Кай фиристода шавад?
announce-send-now = Ҳозир фиристодан
announce-schedule = Интихоби вақт
announce-now = ҳозир
announce-write-time = Лутфан, сана ва вақтро нависед (вақти маҳаллӣ, { $municipality }), масалан { $example }.
announce-time-invalid = Ин санаро хонда натавонистам. Лутфан, чунин нависед: { $example }.
announce-time-past = Ин вақт гузаштааст. Лутфан, вақти ояндаро нависед, масалан { $example }.
announce-preview =
    Лутфан, эълонро санҷед.
    Ҷой: { $place }
    Мавзӯъ: { $category }
    Забонҳо: { $languages }
    Замима: { $attachment ->
        [photo] акс
        [document] ҳуҷҷат
       *[none] нест
    }
    Кай: { $when }
    Гирандагон: { $count ->
        [one] { $count } сокин
       *[other] { $count } сокин
    }.

    { $text }
announce-confirm = ✅ Фиристодан
announce-cancel = ✖ Бекор кардан
announce-cancelled = Бекор шуд. Ҳеҷ чиз фиристода нашуд.
announce-scheduled = Ба нақша гирифта шуд: { $when }.
announce-sending = Фиристода мешавад. Гирандагон: { $count ->
        [one] { $count } сокин
       *[other] { $count } сокин
    }.
announce-sending-later = Ҳоло соатҳои ором аст (ҷой: { $place }). Эълон аз { $start } фиристода мешавад. Гирандагон: { $count ->
        [one] { $count } сокин
       *[other] { $count } сокин
    }.
announce-when-quiet = { $when } (соатҳои ором: фиристодан аз { $start } оғоз мешавад)
announcements-none = Ҳоло эълон нест.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] ба нақша гирифташуда
        [cancelled] бекоршуда
        [withdrawn] бозхондашуда
       *[released] фиристодашуда
    }
    Расид: { $sent }, дар навбат: { $queued }, хато: { $failed }, басташуда: { $blocked }
    { $text }
announcements-cancel = ✖ Бекор кардан
announcements-correct = ✏️ Ислоҳ кардан
announcements-withdraw = 🗑 Бозхондан
announcements-cancelled = Эълони #{ NUMBER($id, useGrouping: 0) } бекор шуд.
announcements-withdrawn = Эълони #{ NUMBER($id, useGrouping: 0) } бозхонда шуд. Нусхаҳои он аз чатҳо нест карда мешаванд ({ $count ->
        [one] { $count } чат
       *[other] { $count } чат
    }); натиҷаро /announcements нишон медиҳад.
announcements-withdrawal = Бозхонд: нест шуд { $deleted }, бо эзоҳ иваз шуд { $noted }, дар навбат { $waiting }, хато { $failed }
announcements-choose-language = Кадом забонро ислоҳ мекунед?
announcements-corrected = Эълони #{ NUMBER($id, useGrouping: 0) } ислоҳ шуд ({ $count ->
        [one] { $count } чат
       *[other] { $count } чат
    }).

## Settings: announcement topics

settings-reminders-off = ⏰ Ёдрас накунед
settings-reminders-on = ⏰ Ёдрас кунед
settings-topics = 🗂 Мавзӯъҳо
topics-title = Кадом эълонҳоро гирифтан мехоҳед? Мавзӯъро пахш карда, фаъол ё хомӯш кунед. Огоҳиҳои фавқулода ҳамеша меоянд.
topics-saved = Сабт шуд. Мавзӯъро пахш карда, фаъол ё хомӯш кунед.

## Information library

news-library = 📚 Маълумот
library-title = Маълумоти { term-authority }. Мавзӯъро интихоб кунед:
library-empty = Дар ин ҷо ҳоло маълумоти { term-authority } нест.
library-choose-item = { $category }: интихоб кунед.
library-acts = 📜 Санадҳои ҳуқуқӣ
library-council = 🏛 Қарорҳои шӯро
library-budget = 💰 Иҷрои буҷа
library-hiring = 💼 Ҷойҳои корӣ
library-integrity = ⚖️ Бархӯрди манфиатҳо
library-contacts = ☎️ Тамос

## Pay online: tutorials

tutorials-title = Пардохти онлайнро қадам ба қадам омӯзед. Дастурро интихоб кунед:
tutorials-none = Барои кишвари Шумо ҳоло дастури пардохт нест.
tutorial-step =
    { $title } · қадами { $number } аз { $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Хуш омадед! Аз қадами { $number } идома медиҳем.
tutorial-first-step = Ин қадами аввал аст.
tutorial-next = Баъдӣ ▸
tutorial-finish = Тайёр ▸
tutorial-back = ◂ Ба қафо
tutorial-restart = ↺ Аз аввал
tutorial-stuck = 🆘 Нафаҳмидам
tutorial-did-you-pay = Онлайн пардохт карда тавонистед?
tutorial-paid-yes = ✅ Ҳа
tutorial-paid-not-yet = ⏳ Ҳанӯз не
tutorial-paid-help = 🆘 Ёрӣ лозим
tutorial-paid-thanks = Офарин, ташаккур, ки гуфтед! Пардохти онлайн Шуморо аз роҳ ва навбат озод мекунад.
tutorial-not-yet = Ҳеҷ гап не. Пас аз { $days ->
        [one] { $days } рӯз
       *[other] { $days } рӯз
    } ёдрас мекунам. Дастурро ҳар вақт аз меню боз кушода метавонед.
tutorial-not-yet-no-reminder = Ҳеҷ гап не. Дастурро ҳар вақт аз меню боз кушода метавонед.
tutorial-reminder = Ассалому алейкум! Чанд рӯз пеш Шумо дастури «{ $title }»-ро дида будед. Пардохти онлайнро боз як бор санҷед?
tutorial-reminder-open = 📖 Кушодани дастур
tutorial-reminders-off = 🔕 Бе ёдрасӣ
tutorial-reminders-stopped = Дигар дар бораи дастурҳо ёдрасӣ намефиристам.

## Help requests

help-sent = Саволи Шумо (#{ NUMBER($id, useGrouping: 0) }) ба ёрдамчиёни { term-municipality } фиристода шуд. Ҷавоб дар ҳамин ҷо меояд.
help-stored = Саволи Шумо (#{ NUMBER($id, useGrouping: 0) }) сабт шуд. Ёрдамчиёни { term-municipality } ҳарчи зудтар дар ҳамин ҷо ҷавоб медиҳанд.
help-request =
    🆘 Дархости ёрӣ #{ NUMBER($id, useGrouping: 0) }
    Дастур: { $title }, қадами { $number } аз { $total }
    Забони сокин: { $language }.
help-answer = ✍️ Ҷавоб додан
help-not-allowed = Ба ин дархост танҳо ёрдамчиёни ҳамин { term-municipality } ҷавоб дода метавонанд.
help-already-answered = Ба дархости #{ NUMBER($id, useGrouping: 0) } аллакай ҷавоб дода шудааст.
help-write-answer = Лутфан, ҷавобатонро ба дархости #{ NUMBER($id, useGrouping: 0) } нависед. Сокин онро дар чат бо бот мегирад.
help-answer-length = Лутфан, ҷавобро то { $max } аломат нависед.
help-answer-sent = Ташаккур! Ҷавоби Шумо фиристода шуд; дархости #{ NUMBER($id, useGrouping: 0) } баста шуд.
help-answer-for-resident =
    💬 Ҷавоб ба саволи Шумо дар бораи «{ $title }»:

    { $answer }
announcement-withdrawn-note = Лутфан, ин эълонро нодида гиред, он бозхонда шуд: «{ $text }»
