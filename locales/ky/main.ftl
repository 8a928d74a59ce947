# Кыргызча. Жөнөкөй, сылык жана кыска: чакан шаар менен айылдын тургундары үчүн.

language-self-name = Кыргызча

## First contact and language

greeting =
    Саламатсызбы! Мен { term-municipality.loc } жашагандар үчүн коомдук ботмун.
    Бул жерден кулактандырууларды окуп, төлөмдөрдү онлайн төлөөнү үйрөнүп, талкууларга катышып, { term-authority.dat } сунуш жөнөтө аласыз.

    Мен Сизге { term-authority.gen } билдирүүлөрүн жөнөтөм. Аларды каалаган убакта токтотуу үчүн ТОКТОТ деп жазыңыз.

    Тилди тандаңыз:
language-choose = Тилди тандаңыз:
language-changed = Даяр. Мындан ары Сизге кыргызча жазам.

## Where the resident lives

place-choose-country = Кайсы өлкөдө жашайсыз?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Кайсы муниципалитетте жашайсыз?
        [KZ] Кайсы райондо жашайсыз?
        [AM] Кайсы жамаатта жашайсыз?
        [KG] Кайсы айыл аймагында жашайсыз?
        [UZ] Кайсы райондо же махаллада жашайсыз?
        [TJ] Кайсы жамаатта же райондо жашайсыз?
        [TM] Кайсы этрапта жашайсыз?
       *[other] Кайсы айыл аймагында жашайсыз?
    }
place-choose-community =
    { $municipality }: { $count ->
        [one] бир айыл
       *[other] { $count } айыл
    }. Кайсынысында жашайсыз?
place-community-none = Тизмеде жок
place-saved = Сакталды: { $place }.
place-not-found = Бул жерди таба алган жокмун. Тизмеден тандаңыз.
deep-link-unknown = «{ $code }» деген кодду билбейм. Айыл аймагыңызды тизмеден тандаңыз.
back = ← Артка

## Main menu

menu-title = Башкы меню. Эмне кылгыңыз келет?
menu-announcements = 📢 Кулактандыруулар
menu-payments = 💳 Онлайн төлөө
menu-consultations = 🗓 Талкуулар
menu-proposal = ✍️ Сунуш жөнөтүү
menu-settings = ⚙️ Жөндөөлөр
back-to-menu = ← Башкы меню
welcome-back = Кайра кош келиңиз! Эмне кылгыңыз келет?

## Settings and notices

settings-summary =
    Сиздин жөндөөлөрүңүз:
    Тил: { $language }
    Жер: { $place }
    Билдирүүлөр: { $notices ->
        [on] күйүк
       *[off] өчүк
    }
    Эскертмелер: { $reminders ->
        [on] күйүк
       *[off] өчүк
    }
settings-change-language = 🌐 Тилди алмаштыруу
settings-change-place = 📍 Жерди алмаштыруу
settings-notices-off = 🔕 Билдирүү албоо
settings-notices-on = 🔔 Билдирүү алуу
notices-off = Мындан ары билдирүү албайсыз. Менюну колдоно бересиз. Кайра алуу үчүн БАШТА деп жазыңыз.
notices-on-again = Билдирүүлөр кайра күйгүзүлдү.

## Help and commands

help =
    Мен төмөнкүлөргө жардам берем:
    📢 { term-authority.gen } кулактандыруулары
    💳 төлөмдөрдү онлайн төлөө, кадам-кадам
    🗓 талкуулар жана жолугушуулар
    ✍️ { term-authority.dat } сунуштар

    Буйруктар:
    /menu – башкы меню
    /language – тилди алмаштыруу
    /settings – жөндөөлөр
    /checkin – талкууга код менен катталуу
    /stop – билдирүүлөрдү токтотуу (же ТОКТОТ деп жазыңыз)
    /start – кайра баштоо
command-start = Кайра баштоо
command-menu = Башкы меню
command-language = Тилди алмаштыруу
command-settings = Жөндөөлөрүм
command-help = Бот эмне кыла алат
command-stop = Билдирүүлөрдү токтотуу

## When input does not fit

hint-use-buttons = Кечиресиз, түшүнгөн жокмун. Төмөнкү баскычты басыңыз же анын номерин жазыңыз.
hint-text-only = Бул жерде текст менен баскычтарды гана окуй алам. Төмөнкү баскычты басыңыз же анын номерин жазыңыз.
button-expired = Бул баскыч мындан ары иштебейт. Мына башкы меню.
unknown-command = Бул буйрукту билбейм. Эмне кыла аларымды көрүү үчүн /help жөнөтүңүз.
edit-not-supported = Жөнөтүлгөн билдирүүлөрдөгү өзгөртүүлөрдү көрбөйм. Жаңы билдирүү жөнөтүңүз.
group-only-private = Мен жеке чатта гана иштейм. Мага түз жазыңыз.
error-generic = Кечиресиз, бизде ката кетти. Бир мүнөттөн кийин кайра аракет кылыңыз.

## Announcements: categories

category-utilities = 💧 Суу, газ, жарык
category-council = 🏛 Кеңештин чечимдери
category-budget = 💰 Бюджет
category-hiring = 💼 Жумуш
category-grants = 🏆 Гранттар, сынактар
category-events = 🗓 Иш-чаралар
category-emergency = 🚨 Өзгөчө кырдаал
category-surveys = 📋 Сурамжылоолор

## Announcements: residents

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Бул акыркы кулактандыруулар.
news-older = ◂ Мурункулар
news-none = Азырынча { term-authority.gen } кулактандыруулары жок.
news-no-more = Мурунку кулактандыруулар жок.
news-no-place = Адегенде /settings бөлүмүнөн айыл аймагыңызды тандаңыз.

## Announcements: publishers

announce-not-allowed = Муну кулактандыруу жарыялаган { term-authority.gen } кызматкерлери гана кыла алат.
announce-choose-municipality = Бул кулактандыруу кайсы айыл аймагы үчүн?
announce-choose-audience = Кимдер алат? Айыл аймагы: { $municipality }. Айылдарды басып тандаңыз, анан «Улантуу» баскычын басыңыз.
announce-audience-all = { $mark } Баары
announce-continue = Улантуу ▸
announce-choose-category = Кулактандыруу эмне жөнүндө?
announce-write-text = Кулактандырууну жазыңыз. Тил: { $language } ({ $max } белгиге чейин).
announce-text-too-long = Бул текстте { $length } белги бар; чеги { $max }. Кыскартып, кайра жөнөтүңүз.
announce-add-language = Сакталды. Башка тилде окуган тургундар Сиз жазган эң жакын тилди алышат. Котормо кошуңуз же «Даяр» баскычын басыңыз.
announce-languages-done = ✔ Даяр
announce-attach = Сүрөт же документ (мисалы, чечимдин PDF файлын) тиркей аласыз. Азыр жөнөтүңүз же «Тиркемесиз» баскычын басыңыз.
announce-no-attachment = Тиркемесиз
announce-choose-time = Качан жөнөтүлсүн?
announce-send-now = Азыр жөнөтүү
announce-schedule = Убакыт тандоо
announce-now = азыр
announce-write-time = Күнү менен убактысын жазыңыз (жергиликтүү убакыт, { $municipality }), мисалы { $example }.
announce-time-invalid = Бул күндү окуй алган жокмун. Мындай жазыңыз: { $example }.
announce-time-past = Бул убакыт өтүп кетти. Келечектеги убакытты жазыңыз, мисалы { $example }.
announce-preview =
    Кулактандырууну текшериңиз.
    Жер: { $place }
    Тема: { $category }
    Тилдер: { $languages }
    Тиркеме: { $attachment ->
        [photo] сүрөт
        [document] документ
       *[none] жок
    }
    Качан: { $when }
    Алуучулар: { $count ->
        [one] { $count } тургун
       *[other] { $count } тургун
    }.

    { $text }
announce-confirm = ✅ Жөнөтүү
announce-cancel = ✖ Жокко чыгаруу
announce-cancelled = Жокко чыгарылды. Эч нерсе жөнөтүлгөн жок.
announce-scheduled = Пландалды: { $when }.
announce-sending = Жөнөтүлүүдө. Алуучулар: { $count ->
        [one] { $count } тургун
       *[other] { $count } тургун
    }.
announce-sending-later = Азыр тынч саат (жер: { $place }). Кулактандыруу { $start } баштап жөнөтүлөт. Алуучулар: { $count ->
        [one] { $count } тургун
       *[other] { $count } тургун
    }.
announce-when-quiet = { $when } (тынч саат: жөнөтүү { $start } башталат)
announcements-none = Азырынча кулактандыруу жок.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] пландалган
        [cancelled] жокко чыгарылган
        [withdrawn] кайтарылып алынган
       *[released] жөнөтүлгөн
    }
    Жеткирилди: { $sent }, күтүүдө: { $queued }, ката: { $failed }, бөгөттөлгөн: { $blocked }
    { $text }
announcements-cancel = ✖ Жокко чыгаруу
announcements-correct = ✏️ Оңдоо
announcements-withdraw = 🗑 Кайтарып алуу
announcements-cancelled = Кулактандыруу #{ NUMBER($id, useGrouping: 0) } жокко чыгарылды.
announcements-withdrawn = Кулактандыруу #{ NUMBER($id, useGrouping: 0) } кайтарылып алынды. Анын көчүрмөлөрү чаттардан өчүрүлүүдө ({ $count ->
        [one] { $count } чат
       *[other] { $count } чат
    }); жыйынтыгын /announcements көрсөтөт.
announcements-withdrawal = Кайтарып алуу: өчүрүлдү { $deleted }, эскертүү менен алмаштырылды { $noted }, күтүүдө { $waiting }, ката { $failed }
announcements-choose-language = Кайсы тилдегисин оңдойсуз?
announcements-corrected = Кулактандыруу #{ NUMBER($id, useGrouping: 0) } оңдолду ({ $count ->
        [one] { $count } чат
       *[other] { $count } чат
    }).

## Settings: announcement topics

settings-reminders-off = ⏰ Эскертме албоо
settings-reminders-on = ⏰ Эскертме алуу
settings-topics = 🗂 Темалар
topics-title = Кайсы кулактандырууларды алгыңыз келет? Теманы басып, күйгүзүңүз же өчүрүңүз. Өзгөчө кырдаал тууралуу эскертүүлөр дайыма келет.
topics-saved = Сакталды. Теманы басып, күйгүзүңүз же өчүрүңүз.

## Information library

news-library = 📚 Маалымат
library-title = Бул жерде – { term-authority.gen } маалыматы. Теманы тандаңыз:
library-empty = Бул жерде азырынча { term-authority.gen } маалыматы жок.
library-choose-item = { $category }: тандаңыз.
library-acts = 📜 Укуктук актылар
library-council = 🏛 Кеңештин чечимдери
library-budget = 💰 Бюджеттин аткарылышы
library-hiring = 💼 Жумуш
library-integrity = ⚖️ Кызыкчылык кагылышы
library-contacts = ☎️ Байланыштар

## Pay online: tutorials

tutorials-title = Онлайн төлөөнү кадам-кадам үйрөнүңүз. Колдонмону тандаңыз:
tutorials-none = Өлкөңүз үчүн азырынча төлөм колдонмолору жок.
tutorial-step =
    { $title } · { $total } кадамдын { $number }-кадамы

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Кайра кош келиңиз! { $number }-кадамдан улантабыз.
tutorial-first-step = Бул биринчи кадам.
tutorial-next = Кийинки ▸
tutorial-finish = Даяр ▸
tutorial-back = ◂ Артка
tutorial-restart = ↺ Башынан
tutorial-stuck = 🆘 Түшүнбөй жатам
tutorial-did-you-pay = Онлайн төлөй алдыңызбы?
tutorial-paid-yes = ✅ Ооба
tutorial-paid-not-yet = ⏳ Азырынча жок
tutorial-paid-help = 🆘 Жардам керек
tutorial-paid-thanks = Азаматсыз, айтканыңыз үчүн рахмат! Онлайн төлөө жолду жана кезекти үнөмдөйт.
tutorial-not-yet = Эч нерсе эмес. { $days ->
        [one] { $days } күндөн
       *[other] { $days } күндөн
    } кийин эскертем. Колдонмону каалаган убакта менюдан кайра ача аласыз.
tutorial-not-yet-no-reminder = Эч нерсе эмес. Колдонмону каалаган убакта менюдан кайра ача аласыз.
tutorial-reminder = Саламатсызбы! Бир нече күн мурун «{ $title }» колдонмосун карагансыз. Онлайн төлөөнү кайра аракет кылып көрөсүзбү?
tutorial-reminder-open = 📖 Колдонмону ачуу
tutorial-reminders-off = 🔕 Эскертмесиз
tutorial-reminders-stopped = Мындан ары колдонмолор тууралуу эскертме жөнөтпөйм.

## Help requests

help-sent = Сурооңуз (#{ NUMBER($id, useGrouping: 0) }) { term-municipality.gen } жардамчыларына жөнөтүлдү. Жообу ушул жерге келет.
help-stored = Сурооңуз (#{ NUMBER($id, useGrouping: 0) }) сакталды. Мүмкүн болушунча тез { term-municipality.gen } жардамчылары ушул жерде жооп беришет.
help-request =
    🆘 Жардам суроо #{ NUMBER($id, useGrouping: 0) }
    Колдонмо: { $title }, { $total } кадамдын { $number }-кадамы
    Тургундун тили: { $language }.
help-answer = ✍️ Жооп берүү
help-not-allowed = Бул суроого ушул { term-municipality.gen } жардамчылары гана жооп бере алат.
help-already-answered = #{ NUMBER($id, useGrouping: 0) } суроого жооп берилген.
help-write-answer = #{ NUMBER($id, useGrouping: 0) } суроого жообуңузду жазыңыз. Тургун аны бот менен чатта алат.
help-answer-length = { $max } белгиге чейин жооп жазыңыз.
help-answer-sent = Рахмат! Жообуңуз жөнөтүлдү; #{ NUMBER($id, useGrouping: 0) } суроо жабылды.
help-answer-for-resident =
    💬 «{ $title }» боюнча сурооңузга жооп:

    { $answer }
announcement-withdrawn-note = Бул кулактандырууну эске албаңыз, ал кайтарылып алынды: «{ $text }»
