# Сауалнамалар (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Сауалнамалар
survey-list = Қазір Сізге ашық сауалнамалар. Біреуін таңдаңыз:
survey-none-open = Қазір Сізге ашық сауалнама жоқ.
survey-invite =
    📋 Сауалнама: { $title }
    { $intro }

    Өтінеміз, { $closes } дейін жауап беріңіз. Кез келген уақытта тоқтап, кейін жалғастыра аласыз.
survey-start = Сауалнаманы бастау
survey-continue = Сауалнаманы жалғастыру
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    { $total } сұрақтың { $number }-сі
    { $text }

    { $how }
survey-how-single = Бір жауапты таңдаңыз.
survey-how-multiple = Ең көбі { $max } жауапты белгілеп, «Дайын» батырмасын басыңыз.
survey-how-scale = 1-ден (ең аз) 5-ке (ең көп) дейін таңдаңыз.
survey-how-number = Өтінеміз, { $min } мен { $max } аралығындағы бүтін санды жазыңыз.
survey-how-text = Өтінеміз, жауабыңызды жазыңыз (ең көбі { $max } таңба).
survey-scale-value = { $value }
survey-your-answer = Қазіргі жауабыңыз: { $answer }
survey-done = ✔ Дайын
survey-later = ⏸ Кейін жалғастыру
survey-review =
    📋 { $title }
    Сіз барлық сұрақтарға жауап бердіңіз:
    { $answers }

    Жауаптарды жіберу үшін «Аяқтау» батырмасын басыңыз. Оған дейін жауапты әлі өзгертуге болады.
survey-finish = ✔ Аяқтау
survey-change = ✏️ Жауапты өзгерту
survey-change-which = Қай жауапты өзгерткіңіз келеді?
survey-thanks = Рахмет! «{ $title }» сауалнамасына жауаптарыңыз сақталды. Сауалнама жабылғанда нәтижелерін аласыз.
survey-paused = «{ $title }» сауалнамасына жауаптарыңыз сақталды. Кейін мәзірден жалғастыра аласыз.
survey-already-done = Сіз «{ $title }» сауалнамасына жауап бердіңіз. Рахмет!
survey-closed = «{ $title }» сауалнамасы жабық. Берген жауаптарыңыз сақталған.
survey-closed-midway = «{ $title }» сауалнамасы жабылды. Жабылғанға дейін берген жауаптарыңыз сақталып, есепке алынды.
survey-reminder = 📋 «{ $title }» сауалнамасы жақында жабылады. Тоқтаған жеріңізден жалғастыра аласыз.
survey-hint-buttons = Өтінеміз, батырмалармен жауап беріңіз.
survey-hint-pick = Өтінеміз, көрсетілген жауаптардың бірін таңдаңыз.
survey-hint-too-many = Ең көбі { $max } жауап белгілеуге болады.
survey-hint-number = Өтінеміз, { $min } мен { $max } аралығындағы бүтін санды жазыңыз.
survey-hint-text-empty = Өтінеміз, жауабыңызды жазыңыз (ең көбі { $max } таңба).
survey-hint-text-long = Жауабыңызда { $length } таңба бар, ал шегі — { $max }. Өтінеміз, қысқартыңыз.
survey-hint-old-button = Бұл батырма алдыңғы сұраққа тиесілі. Өтінеміз, көрсетілген сұраққа жауап беріңіз.
survey-results-title = 📊 «{ $title }» сауалнамасының нәтижелері. Жауап берген тұрғындар: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Орташа: { $average }
survey-chart-footer = Жауап берген тұрғындар: { $count }

survey-build-audience = { $municipality } аумағында сауалнама кімдерге арналған? Елді мекендерді белгілеңіз немесе барлығын қалдырыңыз.
survey-build-filter = Тек белгілі бір тілдерді немесе арналарды пайдаланатын тұрғындарға ма? Оларды белгілеңіз, ал барлығына болса ештеңе белгілемеңіз.
survey-build-title = Өтінеміз, сауалнаманың атауын мына тілде жазыңыз: { $language }.
survey-build-intro = Өтінеміз, қысқа кіріспе жазыңыз немесе бұл қадамды өткізіп жіберіңіз.
survey-build-no-intro = Өткізіп жіберу
survey-build-kind = Әзірге сұрақтар: { $count }. Келесі сұрақ қандай түрде болсын?
survey-kind-single = Бір жауап
survey-kind-multiple = Бірнеше жауап
survey-kind-scale = 1–5 шкаласы
survey-kind-number = Сан
survey-kind-text = Еркін мәтін
survey-build-questions-done = ✔ Басқа сұрақ жоқ
survey-build-question = Өтінеміз, { $number }-сұрақты жазыңыз (ең көбі { $max } таңба).
survey-build-options = Өтінеміз, жауап нұсқаларын әрқайсысын жаңа жолдан жазыңыз: 2-ден { $max }-ге дейін нұсқа, әрқайсысы ең көбі { $length } таңба.
survey-build-max-choices = Тұрғын неше жауап белгілей алады (1-ден { $max }-ге дейін)? Немесе өткізіп жіберіңіз: кез келген сан.
survey-build-max-length = Жауапта неше таңба болуы мүмкін (1-ден { $max }-ге дейін)? Немесе өткізіп жіберіңіз: { $max }.
survey-build-no-limit = Өткізіп жіберу
survey-build-bounds = Өтінеміз, рұқсат етілген ең кіші және ең үлкен санды жазыңыз, мысалы: 0-100
survey-build-skip = Өтулер: кейбір жауаптар кейінгі сұраққа апарсын ба? Әр жауапқа бір жол жазыңыз, мысалы «2 > 5» (2-жауап 5-сұраққа апарады) немесе «3 > соңы». Бұл — { $position }-сұрақ.
survey-build-no-skip = Өтусіз
survey-build-too-many = Сауалнамада ең көбі { $max } сұрақ болуы мүмкін.
survey-build-too-long = Өтінеміз, 1-ден { $max }-ге дейін таңба жазыңыз.
survey-build-languages = Мәтіндерді басқа тілде қосыңыз немесе «Дайын» батырмасын басыңыз.
survey-build-translate-title = Атауы мына тілде: { $language }. Түпнұсқасы: { $original }
survey-build-translate-intro = Кіріспе мына тілде: { $language }. Түпнұсқасы: { $original }
survey-build-translate-q = Сұрақ мына тілде: { $language }. Түпнұсқасы: { $original }
survey-build-translate-o =
    Жауап нұсқалары мына тілде: { $language }, әрқайсысы жаңа жолдан, сол ретпен. Түпнұсқасы:
    { $original }
survey-build-translate-count = Өтінеміз, дәл { $count } нұсқа жазыңыз, әрқайсысын жаңа жолдан.
survey-build-anonymous = Сауалнама жасырын болсын ба? Онда ешбір экран мен экспорт кімнің жауап бергенін көрсетпейді.
survey-build-anonymous-yes = Жасырын
survey-build-anonymous-no = Жасырын емес
survey-build-opens = Сауалнама қашан ашылсын? «Қазір» батырмасын басыңыз немесе уақытты жазыңыз ({ $place }), мысалы { $example }.
survey-build-open-now = Қазір
survey-build-closes = Сауалнама қашан жабылсын? Мерзімді таңдаңыз немесе уақытты жазыңыз ({ $place }), мысалы { $example }.
survey-build-closes-past = Жабылу уақыты ашылудан кейін болуы керек. Өтінеміз, қайта таңдаңыз ({ $place }, мысалы { $example }).
survey-days = { $days } күн
survey-build-time-invalid = Уақытты түсіне алмадым. Өтінеміз, былай жазыңыз: { $example }.
survey-build-preview =
    Сауалнама: { $title }
    Сұрақтар: { $questions }
    Тілдер: { $languages }
    { $anonymous }
    Ашылады: { $opens }
    Жабылады: { $closes }
    Шақырылған тұрғындар: { $count }
survey-build-publish = ✔ Жариялау
survey-build-cancelled = Сауалнама жарияланбады.
survey-published-open = № { $id } сауалнама ашық. Жолдағы шақырулар: { $count }.
survey-published-later = № { $id } сауалнама { $when } ашылады.

poll-question = Жылдам сауалнама, 3 қадамның 1-сі: өтінеміз, сұрақты жазыңыз (ең көбі { $max } таңба).
poll-closes = 3 қадамның 3-сі: сауалнама неше күн ашық тұрсын? Таңдаған бойда ашылады.

survey-staff-none = Әзірге сауалнама жоқ. /survey немесе /poll пәрменімен жасаңыз.
survey-staff-item =
    № { $id } { $title }
    { $status } · { $opens } – { $closes }
    Бастағандар: { $started } · Аяқтағандар: { $finished }
survey-status-scheduled = Жоспарланған
survey-status-open = Ашық
survey-status-closed = Жабық
survey-status-cancelled = Бас тартылған
survey-staff-results = 📊 Нәтижелер
survey-staff-close = Қазір жабу
survey-staff-closing = № { $id } сауалнама жабылуда: жауаптар енді қабылданбайды, нәтижелер бір минут ішінде жауап бергендерге жіберіледі.
survey-staff-cancelled = № { $id } сауалнамадан бас тартылды.
survey-staff-figures =
    📊 № { $id } { $title }
    Шақырылды: { $invited } · Бастады: { $started } · Аяқтады: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Орташа { $average } ({ $low } – { $high })
survey-staff-by-community = Елді мекендер бойынша
survey-staff-by-locale = Тілдер бойынша
survey-staff-by-channel = Арналар бойынша
survey-staff-group = { $group }: { $count } жауап берді
survey-staff-none-group = Көрсетілмеген
survey-staff-no-answers = Әзірге жауап жоқ.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = № { $id } сауалнаманың жауаптары.
