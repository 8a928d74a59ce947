## Consultations: residents

command-checkin = Иш-чарадамын: катталуу
events-title = Алдыдагы талкуулар: { $count }. Көрүү жана жооп берүү үчүн бирин тандаңыз.
events-item = { $title } · { $when } { $answer }
events-none = Жериңиз үчүн азырынча талкуу жок. Талкуу болгондо Сизге чакыруу жөнөтөбүз.
events-all = 🗓 Бардык талкуулар
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Онлайн «практикалык кеңеш» жолугушуусу
event-kind-seminar = Семинар
event-kind-round_table = Тегерек үстөл
event-kind-dialogue = Диалог аянтчасы
event-kind-training = Окуу
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } мүн.)
    { $where }

    { $text }
event-where-online = 💻 Онлайн
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 онлайн да
event-place-map = { $place } ({ $link })
event-invite =
    Сиз чакырылдыңыз!

    { $details }

    Келесизби?
event-card =
    { $details }

    Жообуңуз: { $answer }
event-answer-going = келем
event-answer-maybe = балким
event-answer-cant = келе албайм
event-answer-waitlist = күтүү тизмесинде
event-answer-none = азырынча жооп жок
event-going = ✅ Келем
event-maybe = ❔ Балким
event-cant = ✖ Келе албайм
event-calendar = 📅 Календарга
event-open = 🗓 Ачуу
event-here = 📍 Мен бул жердемин
event-propose = ✍️ Сунуш берүү
event-answered-going = Рахмат! Сиз келесиз: «{ $title }», { $date }, саат { $time }. Башталаар алдында эскертебиз.
event-answered-maybe = Белгиленди: балким. «{ $title }» тууралуу эскертебиз, { $date }, саат { $time }.
event-answered-cant = Белгиленди: «{ $title }» иш-чарасына келе албайсыз. Жообуңузду «Талкуулар» бөлүмүнөн өзгөртө аласыз.
event-answered-waitlist = «{ $title }» үчүн бардык орундар бош эмес. Сиз күтүү тизмесиндесиз: орун бошосо, ал Сиздики болот жана биз кабарлайбыз.
event-link = Кошулуу шилтемеси: { $link }
event-calendar-file = «{ $title }»: календарга кошуу үчүн бул файлды ачыңыз.
event-gone = Бул талкуу мындан ары жеткиликсиз. Мына башкы меню.
event-was-cancelled = «{ $title }» жокко чыгарылды. Мына башкы меню.
event-started = «{ $title }» башталып калды, жооп кабыл алынбайт.
event-not-yet = «{ $title }» азырынча өтө элек.
event-reminder =
    Эскертме: «{ $title }» башталат: { $date }, саат { $time }.
    { $where }
event-reminder-link =
    Эскертме: «{ $title }» башталат: { $date }, саат { $time }.
    { $where }
    Кошулуу шилтемеси: { $link }
event-changed =
    «{ $title }» өзгөрдү. Жаңы маалымат:

    { $details }
event-cancelled-notice = Кечиресиз: «{ $title }» ({ $date }, саат { $time }) жокко чыгарылды.
event-promoted = Жакшы кабар: орун бошоду, ал Сиздики. Сиз келесиз: «{ $title }», { $date }, саат { $time }.
event-feedback-ask = «{ $title }» талкуусуна катышканыңыз үчүн рахмат. Канчалык пайдалуу болду? 1 (пайдасыз) дан 5 (абдан пайдалуу) чейин тандаңыз.
event-feedback-comment = Рахмат! Пикир кошкуңуз келеби ({ $max } белгиге чейин)? Жазыңыз же «Өткөрүп жиберүү» баскычын басыңыз.
event-feedback-skip = Өткөрүп жиберүү
event-feedback-thanks = Пикириңиз үчүн рахмат!
event-text-too-long = Бул текстте { $length } белги бар; чеги { $max }. Кайра жазыңыз.
event-propose-not-yet = Талкуу боюнча сунушту ага катышкандар, ал башталгандан кийин бере алышат.
checkin-ask = Иш-чарада көрсөтүлгөн кодду жазыңыз (4 сан).
checkin-wrong = Бул код туура эмес. Иш-чарада көрсөтүлгөн кодду текшерип, кайра жазыңыз.
checkin-too-many = Туура эмес код өтө көп жолу жазылды. Уюштуруучулардан жардам сураңыз.
checkin-closed = «{ $title }» үчүн катталуу башталардан бир саат мурун ачылат жана бүткөндөн бир саат кийин жабылат.
checkin-none-now = Азыр катталууга талкуу жок.
checkin-done = Кош келиңиз! Сиз «{ $title }» талкуусуна катталдыңыз.

## Consultations: staff

event-not-allowed = Талкууларды кулактандыруу жарыялаган { term-authority.gen } кызматкерлери гана башкара алат.
event-choose-municipality = Бул талкуу кайсы айыл аймагы үчүн?
event-choose-audience = Кимди чакыруу керек? Айыл аймагы: { $municipality }. Айылдарды басып тандаңыз, анан «Улантуу» баскычын басыңыз.
event-choose-kind = Бул кандай иш-чара?
event-write-title = Аталышын жазыңыз. Тил: { $language } ({ $max } белгиге чейин).
event-write-text = Эми кыскача сүрөттөмө. Тил: { $language }. Эмне жөнүндө жана ким үчүн ({ $max } белгиге чейин).
event-add-language = Сакталды. Котормо кошуңуз же «Даяр» баскычын басыңыз.
event-write-time = Качан башталат? Күнү менен убактысын жазыңыз (жергиликтүү убакыт, { $municipality }), мисалы { $example }.
event-time-invalid = Бул күндү окуй алган жокмун. Мындай жазыңыз: { $example }.
event-time-past = Бул убакыт өтүп кетти. Келечектеги убакытты жазыңыз, мисалы { $example }.
event-write-duration = Канча убакытка созулат? Мүнөттөрдүн санын (мисалы 90) же саат менен мүнөттү (1:30) жазыңыз, же баскычты басыңыз. Бул жерге жазылган сан мүнөт деп эсептелет.
event-duration-invalid = Узактыгын мүнөт менен жазыңыз (15тен { $max } чейин), мисалы 90 же 1:30.
event-write-link = Онлайн кошулуу шилтемесин жөнөтүңүз (https://...) же «Шилтемесиз» баскычын басыңыз.
event-no-link = Шилтемесиз
event-link-invalid = Бул веб-шилтеме эмес. https:// менен башталган шилтеме жөнөтүңүз.
event-write-place = Кайда өтөт? Даректи жазыңыз ({ $max } белгиге чейин) же жайгашкан жерди жөнөтүңүз.
event-no-place = Онлайн гана
event-ask-map = Тургундар жерди картадан табышы үчүн жайгашкан жерди жөнөтө аласыз, же «Картасыз» баскычын басыңыз.
event-no-map = Картасыз
event-write-capacity = Канча адам катыша алат? Сан жазыңыз же «Чексиз» баскычын басыңыз.
event-no-limit = Чексиз
event-capacity-invalid = 1ден { $max } чейинки бүтүн сан жазыңыз же «Чексиз» баскычын басыңыз.
event-preview =
    Талкууну текшериңиз.

    { $details }

    Орундар: { $capacity ->
        [0] чексиз
       *[other] { $capacity }
    }
    Тилдер: { $languages }
    Азыр чакырылчу тургундар: { $count }
event-publish = ✅ Жарыялоо
event-draft-cancelled = Жокко чыгарылды. Эч нерсе жарыяланган жок.
event-published = Жарыяланды. Кезектеги чакыруулар: { $count }. Катталуу коду: { $code }
events-admin-none = Азырынча талкуу жок. /event буйругу менен түзүңүз.
event-status-scheduled = пландалган
event-status-cancelled = жокко чыгарылган
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Келет: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Балким: { $maybe } · Күтүү тизмеси: { $waitlist }
    Катталуу коду: { $code }
event-edit = ✏️ Өзгөртүү
event-cancel = ✖ Жокко чыгаруу
event-attendance = ☑️ Катышуу
event-report = 📊 Отчет
event-edit-what = Эмнени өзгөртөсүз? Жооп бергендердин баарына кабарланат.
event-field-time = 🕒 Күнү жана убакыт
event-field-dur = ⏱ Узактыгы
event-field-link = 💻 Онлайн шилтеме
event-field-place = 📍 Жери
event-field-cap = 👥 Орундар
event-edit-time = Жаңы күнү менен убактысын жазыңыз, мисалы { $example }.
event-edit-dur = Жаңы узактыгын мүнөт менен жазыңыз, мисалы 90.
event-edit-link = Жаңы шилтемени жөнөтүңүз (https://...).
event-edit-place = Жаңы даректи жазыңыз ({ $max } белгиге чейин) же жайгашкан жерди жөнөтүңүз.
event-edit-cap = Орундардын жаңы санын жазыңыз.
event-saved = Сакталды. Өзгөртүү тууралуу кабарланган тургундар: { $count }.
event-cancel-confirm = «{ $title }» жокко чыгарылсынбы? { $count ->
        [one] Жооп берген { $count } тургунга кабарланат.
       *[other] Жооп берген { $count } тургунга кабарланат.
    } Муну кайтаруу мүмкүн эмес.
event-cancel-yes = ✖ Ооба, жокко чыгар
event-cancelled = Талкуу жокко чыгарылды. Кабарланган тургундар: { $count }.
event-closed = Бул талкууну мындан ары өзгөртүүгө болбойт (жокко чыгарылган же бүткөн).
event-attendance-none = Азырынча эч ким келем деген жок.
event-attendance-title = Келгендерди басыңыз ({ $count } келем деген). ✅ катышты дегенди билдирет.
event-report-choose = Кайсы талкуу?
event-report-text =
    Отчет #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Чакырылды: { $invited }
    Келет: { $going } · Балким: { $maybe } · Келе албайт: { $cant } · Күтүү тизмеси: { $waitlist }
    Катышты: { $attended }
    Пикирлер: { $count }, орточо баа { $average } / 5
    Комментарийлер:
    { $comments }

## Proposals raised at a consultation, in the authority's forward

forward-event = Талкууда айтылды: { $title } ({ $when })
