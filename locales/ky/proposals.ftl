# Тургундардын сунуштары: тургундар, модераторлор жана жергиликтүү бийлик.

## Residents

proposals-title = Сунушуңузду { term-authority.dat } жөнөтүңүз же мурунку сунуштарыңыздын абалын көрүңүз.
proposals-new = ✍️ Жаңы сунуш
proposals-mine = 📂 Сунуштарым
proposals-none = Сиз азырынча сунуш жөнөткөн жоксуз.
proposals-mine-title = Сиздин сунуштарыңыз. Тарыхын көрүү үчүн бирин басыңыз:
proposal-limit = Акыркы 24 саатта { $count ->
        [one] { $count } сунуш
       *[other] { $count } сунуш
    } жөнөттүңүз, бул бир күндүк чек. Активдүүлүгүңүз үчүн рахмат! Кийинкисин эртең жөнөтүңүз.
proposal-choose-category = Сунушуңуз эмне жөнүндө?
proposal-category-roads = 🛣 Жолдор
proposal-category-water = 🚰 Суу
proposal-category-lighting = 💡 Көчө жарыгы
proposal-category-schools = 🏫 Мектептер
proposal-category-eservices = 💳 Э-кызматтар
proposal-category-other = 📝 Башка
proposal-write = Сунушуңузду бир билдирүү менен жазыңыз: эмне, кайда жана эмне үчүн маанилүү ({ $min }–{ $max } белги).
proposal-text-first = Адегенде сунуштун текстин жазыңыз ({ $min }–{ $max } белги). Сүрөттөрдү андан кийин кошо аласыз.
proposal-too-short = Бул бир аз кыска ({ $length } белги). Жок дегенде { $min } белги жазыңыз: { term-authority } эмнени сунуштап жатканыңызды түшүнүшү керек.
proposal-too-long = Бул өтө узун ({ $length } белги). { $max } белгиден ашырбаңыз.
proposal-ask-photos = { $max } чейин сүрөт кошо аласыз. Азыр жөнөтүңүз же «Өткөрүп жиберүү» баскычын басыңыз.
proposal-photo-saved = Сүрөт сакталды ({ $count } / { $max }). Дагы жөнөтүңүз же «Даяр» баскычын басыңыз.
proposal-photos-done = Даяр ▸
proposal-skip = Өткөрүп жиберүү ▸
proposal-ask-location = Жерди картада көрсөтө аласыз: 📎 басып, «Жайгашкан жер» тандаңыз. Же «Өткөрүп жиберүү» баскычын басыңыз.
proposal-preview =
    Сунушуңузду текшериңиз.
    Тема: { $category }
    Жер: { $place }
    Сүрөттөр: { $photos }
    Карта: { $location }

    { $text }
proposal-send = ✅ Жөнөтүү
proposal-edit-text = ✏️ Текстти оңдоо
proposal-cancel = ✖ Жокко чыгаруу
proposal-cancelled = Жокко чыгарылды. Эч нерсе жөнөтүлгөн жок.
proposal-received = Рахмат! Сунушуңуз кабыл алынды. Анын номери: { $number }. Модераторлор текшерет, андан аркы жыйынтыкты Сизге айтам.
proposal-rewrite =
    Модератор өзгөртүү сурады:
    { $note }

    Жаңы текстти жазыңыз ({ $min }–{ $max } белги).
proposal-edit-resubmit = ✏️ Оңдоп жөнөтүү
proposal-open = 📄 Ачуу
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Жооп: { $answer }

    Тарых:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ текшерилүүдө
proposal-status-changes = ✏️ өзгөртүү суралды
proposal-status-rejected = ❌ кабыл алынган жок
proposal-status-duplicate = 🔁 кайталоо
proposal-status-approved = ✅ жөнөтүлдү
proposal-status-answered = 💬 жооп берилди
proposal-status-done = ✔️ аткарылды
proposal-event-submitted = жөнөтүлдү
proposal-event-resubmitted = өзгөртүүдөн кийин кайра жөнөтүлдү
proposal-event-approved = модератор жактырды
proposal-event-rejected = кабыл алынган жок
proposal-event-changes = өзгөртүү суралды
proposal-event-duplicate = кайталоо деп белгиленди
proposal-event-undone = чечим жокко чыгарылды
proposal-event-forwarded = { term-authority.dat } жөнөтүлдү
proposal-event-answered = { term-authority } жооп берди
proposal-event-done = аткарылды

## What residents are told

proposal-now-approved = Жакшы кабар: { $number } сунушуңуз жактырылып, { term-authority.dat } жөнөтүлдү. Жообун Сизге жөнөтөм.
proposal-now-rejected = { $number } сунушуңуз кабыл алынган жок. Себеби: { $reason }.
proposal-now-changes = Модератор { $number } сунушуңузду жөнөтүүдөн мурун бир аз өзгөртүүнү суранат.
proposal-now-duplicate = { $number } сунушуңуз { $original } сунушун кайталайт, ал каралып жатат. Колдооңуз үчүн рахмат!
proposal-now-answered =
    { $number } сунушуңузга { term-authority.gen } жообу:

    { $answer }
proposal-now-done = { $number } сунушуңуз аткарылды. Коомчулугуңузга жардам бергениңиз үчүн рахмат!
proposal-moderator-note = Модератордун эскертүүсү: { $note }
reason-offtopic = бул { term-authority.dat } сунуш эмес
reason-private = анда жеке маалымат бар
reason-rude = анда орой сөздөр бар
reason-unclear = эмне сунушталганы түшүнүксүз
reason-notlocal = бул { term-authority.gen } милдети эмес

## Moderators

moderation-card =
    🆕 Сунуш { $number }
    { $category } · { $place }
    Сүрөттөр: { $photos } · Карта: { $location }

    { $text }
moderation-approve = ✅ Жактыруу
moderation-reject = ❌ Четке кагуу
moderation-changes = ✏️ Өзгөртүү суроо
moderation-duplicate = 🔁 Кайталоо…
moderation-not-allowed = Муну ушул { term-municipality.gen } модераторлору гана кыла алат.
moderation-choose-reason = { $number } эмне үчүн кабыл алынбайт?
moderation-add-note = Тургунга бир нече сөз жазыңыз же «Эскертүүсүз» баскычын басыңыз.
moderation-no-note = Эскертүүсүз ▸
moderation-what-to-change = Тургун { $number } сунушунда эмнени өзгөртүшү керек? Бир билдирүү менен жазыңыз ({ $max } белгиге чейин).
moderation-which-original = { $number } кайсы сунушту кайталайт? Анын номерин жазыңыз, мисалы QUB-2026-0012.
moderation-note-length = { $max } белгиге чейин жазыңыз.
moderation-original-not-found = Бул { term-municipality.loc } мындай сунуш табылган жок. { $number } эмес, түпнусканын номерин жазыңыз.
moderation-decided = Сакталды: { $number } — { $status }. Муну { $minutes ->
        [one] { $minutes } мүнөттүн
       *[other] { $minutes } мүнөттүн
    } ичинде жокко чыгара аласыз; андан кийин гана ары жөнөйт.
moderation-undo = ↩ Жокко чыгаруу
moderation-already-decided = { $number } боюнча { $who } чечим кабыл алган: { $status }.
moderation-too-late = { $number } боюнча чечимди мындан ары жокко чыгарууга болбойт.
moderation-undone = { $number } боюнча чечим жокко чыгарылды. Ал кайра кезекте:
moderation-queue =
    Күтүп жаткан сунуштар: { $count }
    { $summary }
    Бийликке жеткирилбеген сунуштар: { $stuck }
moderation-queue-line = { $place }: { $count }

## The local authority

authority-not-allowed = Сунуштарга { term-authority.gen } кызматкерлери гана жооп бере алат.
authority-not-open = { $number } сунушуна азыр жооп берүүгө болбойт.
authority-write-answer = { $number } сунушуна жоопту бир билдирүү менен жазыңыз ({ $max } белгиге чейин). Тургун аны алат.
authority-answer-length = { $max } белгиге чейин жооп жазыңыз.
authority-answer-sent = Рахмат! { $number } боюнча жооп тургунга жөнөтүлдү.
authority-marked-done = { $number } сунушу аткарылды деп белгиленди; тургунга кабарланды.
