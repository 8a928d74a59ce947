## Талқылаулар: тұрғындар

command-checkin = Кездесудемін: белгілену
events-title = Жақын талқылаулар: { $count }. Қарап, жауап беру үшін біреуін таңдаңыз.
events-item = { $title } · { $when } { $answer }
events-none = Әзірге Сіздің елді мекеніңізге талқылау жоқ. Болғанда шақыру жібереміз.
events-all = 🗓 Барлық талқылаулар
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = «Практикалық кеңес» онлайн кездесуі
event-kind-seminar = Семинар
event-kind-round_table = Дөңгелек үстел
event-kind-dialogue = Диалог алаңының отырысы
event-kind-training = Оқыту
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } мин.)
    { $where }

    { $text }
event-where-online = 💻 Онлайн
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 онлайн да
event-place-map = { $place } ({ $link })
event-invite =
    Сізді шақырамыз!

    { $details }

    Келесіз бе?
event-card =
    { $details }

    Сіздің жауабыңыз: { $answer }
event-answer-going = келемін
event-answer-maybe = мүмкін
event-answer-cant = келе алмаймын
event-answer-waitlist = күту тізімінде
event-answer-none = әлі жауап жоқ
event-going = ✅ Келемін
event-maybe = ❔ Мүмкін
event-cant = ✖ Келе алмаймын
event-calendar = 📅 Күнтізбеге қосу
event-open = 🗓 Ашу
event-here = 📍 Осындамын
event-propose = ✍️ Ұсыныс беру
event-answered-going = Рахмет! Сіз «{ $title }» кездесуіне келесіз, { $date }, сағат { $time }. Басталар алдында еске саламыз.
event-answered-maybe = Жазып алдық: мүмкін. «{ $title }» туралы еске саламыз, { $date }, сағат { $time }.
event-answered-cant = Жазып алдық: Сіз «{ $title }» кездесуіне келе алмайсыз. Жауапты «Талқылаулар» бөлімінде өзгертуге болады.
event-answered-waitlist = «{ $title }» кездесуіне барлық орын толды. Сіз күту тізіміндесіз: орын босаса, ол Сіздікі, біз хабарлаймыз.
event-link = Қосылу сілтемесі: { $link }
event-calendar-file = «{ $title }»: күнтізбеге қосу үшін осы файлды ашыңыз.
event-gone = Бұл талқылау енді қолжетімсіз. Міне, басты мәзір.
event-was-cancelled = «{ $title }» тоқтатылды. Міне, басты мәзір.
event-started = «{ $title }» басталып кетті, жауаптар жабық.
event-not-yet = «{ $title }» әлі өткен жоқ.
event-reminder =
    Еске салу: «{ $title }» { $date }, сағат { $time } басталады.
    { $where }
event-reminder-link =
    Еске салу: «{ $title }» { $date }, сағат { $time } басталады.
    { $where }
    Қосылу сілтемесі: { $link }
event-changed =
    «{ $title }» өзгерді. Жаңа мәліметтер:

    { $details }
event-cancelled-notice = Өкінішке қарай, «{ $title }» ({ $date }, сағат { $time }) тоқтатылды.
event-promoted = Жақсы жаңалық: орын босады, ол Сіздікі. Сіз «{ $title }» кездесуіне келесіз, { $date }, сағат { $time }.
event-feedback-ask = «{ $title }» кездесуіне қатысқаныңызға рахмет. Қаншалықты пайдалы болды? 1 (пайдасыз) мен 5 (өте пайдалы) аралығында таңдаңыз.
event-feedback-comment = Рахмет! Пікір қосқыңыз келе ме ({ $max } таңбаға дейін)? Жазыңыз немесе «Өткізіп жіберу» батырмасын басыңыз.
event-feedback-skip = Өткізіп жіберу
event-feedback-thanks = Пікіріңізге рахмет!
event-text-too-long = Бұл мәтінде { $length } таңба бар, ал шегі — { $max }. Қайта жазыңызшы.
event-propose-not-yet = Талқылау бойынша ұсынысты оған қатысушылар кездесу басталғаннан кейін бере алады.
checkin-ask = Кездесуде көрсетілген кодты жазыңыз (4 сан).
checkin-wrong = Код дұрыс емес. Кездесуде көрсетілген кодты тексеріп, қайта жазыңыз.
checkin-too-many = Қате код тым көп енгізілді. Ұйымдастырушыларға хабарласыңыз.
checkin-closed = «{ $title }» кездесуіне белгілену басталудан бір сағат бұрын ашылып, аяқталғаннан кейін бір сағаттан соң жабылады.
checkin-none-now = Қазір белгілене алатын талқылау жоқ.
checkin-done = Қош келдіңіз! Сіз «{ $title }» кездесуінде белгіленді.

## Талқылаулар: қызметкерлер

event-not-allowed = Талқылауларды тек хабарландыру жариялайтын { term-authority } қызметкерлері басқара алады.
event-choose-municipality = Бұл талқылау қай әкімдікке арналған?
event-choose-audience = { $municipality } аумағында кімді шақырамыз? Ауылдарды таңдап, «Жалғастыру» батырмасын басыңыз.
event-choose-kind = Бұл қандай кездесу?
event-write-title = Атауын мына тілде жазыңыз: { $language } ({ $max } таңбаға дейін).
event-write-text = Енді мына тілде қысқа сипаттама жазыңыз: { $language } — кездесу не туралы және кімге арналған ({ $max } таңбаға дейін).
event-add-language = Сақталды. Аударма қосыңыз немесе «Дайын» батырмасын басыңыз.
event-write-time = Қашан басталады? Күні мен уақытын { $municipality } уақытымен жазыңыз, мысалы { $example }.
event-time-invalid = Бұл күнді оқи алмадым. Былай жазыңыз: { $example }.
event-time-past = Бұл уақыт өтіп кетті. Болашақ уақытты жазыңыз, мысалы { $example }.
event-write-duration = Кездесу қанша уақытқа созылады? Минут санын (мысалы, 90) немесе сағат пен минутты (1:30) жазыңыз, не түймені басыңыз. Мұнда жазылған сан минутты білдіреді.
event-duration-invalid = Ұзақтығын минутпен жазыңыз (15-тен { $max }-ге дейін), мысалы 90 немесе 1:30.
event-write-link = Онлайн қосылу сілтемесін жіберіңіз (https://...) немесе «Онлайн сілтеме жоқ» батырмасын басыңыз.
event-no-link = Онлайн сілтеме жоқ
event-link-invalid = Бұл веб-сілтеме емес. https:// деп басталатын сілтеме жіберіңіз.
event-write-place = Кездесу қайда өтеді? Мекенжайды жазыңыз ({ $max } таңбаға дейін) немесе геолокация жіберіңіз.
event-no-place = Тек онлайн
event-ask-map = Тұрғындар орынды картадан табуы үшін геолокация жіберуге болады, немесе «Картасыз» батырмасын басыңыз.
event-no-map = Картасыз
event-write-capacity = Неше адам қатыса алады? Сан жазыңыз немесе «Шектеусіз» батырмасын басыңыз.
event-no-limit = Шектеусіз
event-capacity-invalid = 1-ден { $max }-ге дейінгі бүтін сан жазыңыз немесе «Шектеусіз» батырмасын басыңыз.
event-preview =
    Талқылауды тексеріңіз.

    { $details }

    Орын саны: { $capacity ->
        [0] шектеусіз
       *[other] { $capacity }
    }
    Тілдер: { $languages }
    Шақырылатын тұрғындар: { $count }
event-publish = ✅ Жариялау
event-draft-cancelled = Тоқтатылды. Ештеңе жарияланбады.
event-published = Жарияланды. Кезектегі шақырулар: { $count }. Кездесуде белгілену коды: { $code }
events-admin-none = Әзірге талқылау жоқ. /event командасымен жасаңыз.
event-status-scheduled = жоспарланған
event-status-cancelled = тоқтатылған
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Келеді: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Мүмкін: { $maybe } · Күту тізімі: { $waitlist }
    Белгілену коды: { $code }
event-edit = ✏️ Өзгерту
event-cancel = ✖ Кездесуді тоқтату
event-attendance = ☑️ Қатысу
event-report = 📊 Есеп
event-edit-what = Нені өзгертесіз? Жауап бергендердің бәріне хабарланады.
event-field-time = 🕒 Күні мен уақыты
event-field-dur = ⏱ Ұзақтығы
event-field-link = 💻 Онлайн сілтеме
event-field-place = 📍 Орны
event-field-cap = 👥 Орын саны
event-edit-time = Жаңа күні мен уақытын жазыңыз, мысалы { $example }.
event-edit-dur = Жаңа ұзақтығын минутпен жазыңыз, мысалы 90.
event-edit-link = Жаңа сілтемені жіберіңіз (https://...).
event-edit-place = Жаңа мекенжайды жазыңыз ({ $max } таңбаға дейін) немесе геолокация жіберіңіз.
event-edit-cap = Жаңа орын санын жазыңыз.
event-saved = Сақталды. Өзгеріс туралы хабарланған тұрғындар: { $count }.
event-cancel-confirm = «{ $title }» тоқтатылсын ба? { $count ->
        [one] Жауап берген { $count } тұрғынға хабарланады.
       *[other] Жауап берген { $count } тұрғынға хабарланады.
    } Мұны қайтару мүмкін болмайды.
event-cancel-yes = ✖ Иә, тоқтату
event-cancelled = Талқылау тоқтатылды. Хабарланған тұрғындар: { $count }.
event-closed = Бұл талқылауды енді өзгертуге болмайды (тоқтатылған немесе өтіп кеткен).
event-attendance-none = Әзірге ешкім келетінін айтқан жоқ.
event-attendance-title = Келгендерді белгілеңіз («келемін» дегендер: { $count }). ✅ — қатысты.
event-report-choose = Қай талқылау?
event-report-text =
    Есеп #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Шақырылды: { $invited }
    Келеді: { $going } · Мүмкін: { $maybe } · Келе алмайды: { $cant } · Күту тізімі: { $waitlist }
    Қатысты: { $attended }
    Пікірлер: { $count }, орташа баға { $average } / 5
    Түсініктемелер:
    { $comments }

## Талқылауда берілген ұсыныстар, билік органына жіберілгенде

forward-event = Кездесуде берілді: { $title } ({ $when })
