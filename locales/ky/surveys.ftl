# Сурамжылоолор жана добуш берүүлөр (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Сурамжылоолор
survey-list = Азыр Сиз үчүн ачык сурамжылоолор. Бирин тандаңыз:
survey-none-open = Азыр Сиз үчүн ачык сурамжылоо жок.
survey-invite =
    📋 Сурамжылоо: { $title }
    { $intro }

    { $closes } чейин жооп бериңиз. Каалаган убакта токтоп, кийин уланта аласыз.
survey-start = Сурамжылоону баштоо
survey-continue = Сурамжылоону улантуу
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    { $total } суроонун { $number }-суроосу
    { $text }

    { $how }
survey-how-single = Бир жоопту тандаңыз.
survey-how-multiple = { $max } чейин жоопту белгилеп, анан «Даяр» баскычын басыңыз.
survey-how-scale = 1ден (эң төмөн) 5ке (эң жогору) чейин тандаңыз.
survey-how-number = { $min } баштап { $max } чейинки бүтүн санды жазыңыз.
survey-how-text = Жообуңузду жазыңыз ({ $max } белгиге чейин).
survey-scale-value = { $value }
survey-your-answer = Азыркы жообуңуз: { $answer }
survey-done = ✔ Даяр
survey-later = ⏸ Кийин улантам
survey-review =
    📋 { $title }
    Бардык суроолорго жооп бердиңиз:
    { $answers }

    Жоопторуңузду жөнөтүү үчүн «Бүтүрүү» баскычын басыңыз. Ага чейин жоопту дагы эле өзгөртө аласыз.
survey-finish = ✔ Бүтүрүү
survey-change = ✏️ Жоопту өзгөртүү
survey-change-which = Кайсы жоопту өзгөрткүңүз келет?
survey-thanks = Рахмат! «{ $title }» боюнча жоопторуңуз сакталды. Сурамжылоо жабылганда жыйынтыгын аласыз.
survey-paused = «{ $title }» боюнча жоопторуңуз сакталды. Кийин менюдан уланта аласыз.
survey-already-done = Сиз «{ $title }» сурамжылоосуна жооп бергенсиз. Рахмат!
survey-closed = «{ $title }» сурамжылоосу жабык. Берген жоопторуңуз сакталды.
survey-closed-midway = «{ $title }» сурамжылоосу жабылды. Ал жабылганга чейин берген жоопторуңуз сакталып, эсепке алынды.
survey-reminder = 📋 «{ $title }» сурамжылоосу жакында жабылат. Токтогон жериңизден уланта аласыз.
survey-hint-buttons = Баскычтар менен жооп бериңиз.
survey-hint-pick = Көрсөтүлгөн жооптордун бирин тандаңыз.
survey-hint-too-many = Эң көп дегенде { $max } жоопту белгилей аласыз.
survey-hint-number = { $min } баштап { $max } чейинки бүтүн санды жазыңыз.
survey-hint-text-empty = Жообуңузду жазыңыз ({ $max } белгиге чейин).
survey-hint-text-long = Жообуңузда { $length } белги бар; чеги { $max }. Кыскартыңыз.
survey-hint-old-button = Бул баскыч мурунку суроого тиешелүү. Көрсөтүлгөн суроого жооп бериңиз.
survey-results-title = 📊 «{ $title }» жыйынтыгы. Жооп берген тургундар: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Орточо: { $average }
survey-chart-footer = Жооп берген тургундар: { $count }

# Staff: /survey
survey-build-audience = { $municipality }: сурамжылоо кимдер үчүн? Айылдарды белгилеңиз же баарын калтырыңыз.
survey-build-filter = Айрым тилдерди же каналдарды колдонгон тургундар гана катышсынбы? Аларды белгилеңиз, же баары үчүн эч нерсе белгилебеңиз.
survey-build-title = Сурамжылоонун аталышын жазыңыз. Тил: { $language }.
survey-build-intro = Кыска киришүү жазыңыз же өткөрүп жибериңиз.
survey-build-no-intro = Өткөрүп жиберүү
survey-build-kind = Азырынча суроолор: { $count }. Кийинки суроо кандай болот?
survey-kind-single = Бир жооп
survey-kind-multiple = Бир нече жооп
survey-kind-scale = 1–5 шкаласы
survey-kind-number = Сан
survey-kind-text = Эркин текст
survey-build-questions-done = ✔ Башка суроо жок
survey-build-question = { $number }-суроону жазыңыз ({ $max } белгиге чейин).
survey-build-options = Тандоо үчүн жоопторду ар бирин жаңы саптан жазыңыз: 2ден { $max } чейин жооп, ар бири { $length } белгиге чейин.
survey-build-max-choices = Тургун канча жоопту белгилей алат (1ден { $max } чейин)? Же өткөрүп жибериңиз: каалаганча.
survey-build-max-length = Жоопто канча белги болушу мүмкүн (1ден { $max } чейин)? Же өткөрүп жибериңиз: { $max }.
survey-build-no-limit = Өткөрүп жиберүү
survey-build-bounds = Уруксат берилген эң кичине жана эң чоң санды жазыңыз, мисалы: 0-100
survey-build-skip = Өтүү эрежелери: айрым жооптор кийинки бир суроого алып барсынбы? Ар бир жоопко бир сап жазыңыз, мисалы «2 > 5» (2-жооп 5-суроого алып барат) же «3 > аягы». Бул — { $position }-суроо.
survey-build-no-skip = Өтүү эрежесиз
survey-build-too-many = Сурамжылоодо эң көп дегенде { $max } суроо болот.
survey-build-too-long = 1ден { $max } чейин белги жазыңыз.
survey-build-languages = Тексттерди башка тилде кошуңуз же «Даяр» баскычын басыңыз.
survey-build-translate-title = Аталышы ({ $language }). Түпнускасы: { $original }
survey-build-translate-intro = Киришүү ({ $language }). Түпнускасы: { $original }
survey-build-translate-q = Суроо ({ $language }). Түпнускасы: { $original }
survey-build-translate-o =
    Жооптор ({ $language }), ар бири жаңы саптан, ошол эле тартипте. Түпнускасы:
    { $original }
survey-build-translate-count = Так { $count } жооп жазыңыз, ар бирин жаңы саптан.
survey-build-anonymous = Сурамжылоо анонимдүү болсунбу? Анда ким жооп бергенин эч бир экран же экспорт көрсөтпөйт.
survey-build-anonymous-yes = Анонимдүү
survey-build-anonymous-no = Анонимдүү эмес
survey-build-opens = Качан ачылсын? «Азыр» баскычын басыңыз же убакытты жазыңыз ({ $place }), мисалы { $example }.
survey-build-open-now = Азыр
survey-build-closes = Качан жабылсын? Мөөнөттү тандаңыз же убакытты жазыңыз ({ $place }), мисалы { $example }.
survey-build-closes-past = Жабылуу убактысы ачылуудан кийин болушу керек. Кайра тандаңыз ({ $place }, мисалы { $example }).
survey-days = { $days } күн
survey-build-time-invalid = Бул убакытты окуй алган жокмун. Мындай жазыңыз: { $example }.
survey-build-preview =
    Сурамжылоо: { $title }
    Суроолор: { $questions }
    Тилдер: { $languages }
    { $anonymous }
    Ачылат: { $opens }
    Жабылат: { $closes }
    Чакырылган тургундар: { $count }
survey-build-publish = ✔ Жарыялоо
survey-build-cancelled = Сурамжылоо жарыяланган жок.
survey-published-open = #{ $id } сурамжылоо ачык. Жөнөтүлүп жаткан чакыруулар: { $count }.
survey-published-later = #{ $id } сурамжылоо { $when } ачылат.

# Staff: /poll
poll-question = Тез добуш берүү, 3 кадамдын 1-кадамы: суроону жазыңыз ({ $max } белгиге чейин).
poll-closes = 3 кадамдын 3-кадамы: добуш берүү канча убакыт ачык турсун? Тандаарыңыз менен ачылат.

# Staff: /surveys
survey-staff-none = Азырынча сурамжылоо жок. Аны /survey же /poll менен түзүңүз.
survey-staff-item =
    #{ $id } { $title }
    { $status } · { $opens } – { $closes }
    Баштагандар: { $started } · Бүтүргөндөр: { $finished }
survey-status-scheduled = Пландалган
survey-status-open = Ачык
survey-status-closed = Жабык
survey-status-cancelled = Жокко чыгарылган
survey-staff-results = 📊 Жыйынтыктар
survey-staff-close = Азыр жабуу
survey-staff-closing = #{ $id } сурамжылоо азыр жабылат: мындан ары жооп кабыл алынбайт, жыйынтыктар бир мүнөттүн ичинде жооп бергендерге жөнөтүлөт.
survey-staff-cancelled = #{ $id } сурамжылоо жокко чыгарылды.
survey-staff-figures =
    📊 #{ $id } { $title }
    Чакырылды: { $invited } · Баштады: { $started } · Бүтүрдү: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Орточо { $average } ({ $low } баштап { $high } чейин)
survey-staff-by-community = Айылдар боюнча
survey-staff-by-locale = Тилдер боюнча
survey-staff-by-channel = Каналдар боюнча
survey-staff-group = { $group }: { $count } жооп берди
survey-staff-none-group = Көрсөтүлгөн эмес
survey-staff-no-answers = Азырынча жооп жок.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = #{ $id } сурамжылоонун жооптору.
