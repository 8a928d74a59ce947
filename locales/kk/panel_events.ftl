## Қызметкерлердің веб-панелі: талқылаулар (жариялаушыларға)

panel-nav-events = Талқылаулар
panel-events-title = Талқылаулар
panel-events-not-allowed = Сізде бұған рұқсат жоқ. Мұны тек әкімдіктің талқылауларын жариялайтын қызметкерлер көреді.
panel-events-upcoming = Алдағылар
panel-events-past = Өткендер
panel-events-none = Мұнда әзірге талқылау жоқ.
panel-event-new = Жаңа талқылау
panel-col-event = Талқылау
panel-col-going = Келеді
panel-col-maybe = Мүмкін
panel-col-cant = Келе алмайды
panel-col-waitlist = Күту тізімі
panel-col-attended = Келді
panel-col-resident = Тұрғын
panel-col-answer = Жауап
panel-col-answered = Жауап күні

# Форма
panel-event-who = Кім шақырылады
panel-event-communities = Шақырылған ауылдар (ешқайсысы белгіленбесе, бүкіл әкімдік):
panel-event-kind = Түрі
panel-event-what = Атауы мен сипаттамасы
panel-event-other-languages = Басқа тілдер (қалауыңызша)
panel-event-title-in = Атауы ({ $language })
panel-event-text-in = Сипаттамасы ({ $language })
panel-event-when-where = Уақыты мен орны
panel-event-start = Басталуы (әкімдіктің жергілікті уақыты)
panel-event-minutes = Ұзақтығы, минутпен
panel-event-link = Онлайн қосылу сілтемесі (қалауыңызша)
panel-event-place = Мекенжай (сілтеме болса, міндетті емес)
panel-event-capacity = Орын саны (бос болса, шектеу жоқ)
panel-event-invite-hint = Таңдалған жерлердің тұрғындары жариялаған соң ботта шақыру алады.
panel-event-create = Жариялау және шақыру
panel-event-error-time = Басталу күні мен уақытын көрсетіңіз.
panel-event-error-too-soon = Бұл уақыт өтіп кетті немесе тым жақын. Кейінірек басталуын таңдаңыз.
panel-event-error-minutes = Ұзақтығын бүтін минутпен, 15-тен { $max }-ке дейін көрсетіңіз.
panel-event-error-link = https:// деп басталатын толық сілтемені көрсетіңіз.
panel-event-error-place = Мекенжай тым ұзын: ең көбі { $max } таңба.
panel-event-error-capacity = Орын санын бүтін санмен, ең көбі { $max } көрсетіңіз.
panel-event-error-text = Толтыратын әр тілде атауын (ең көбі { $number } таңба) және сипаттамасын (ең көбі { $max }) жазыңыз.
panel-event-error-where = Онлайн қосылу сілтемесін, мекенжайды немесе екеуін де көрсетіңіз.
panel-event-error-nothing = Ештеңе өзгерген жоқ.
panel-event-error-incomplete = Формада бірдеңе жетіспейді. Тексеріп, қайта көріңіз.

# Өзгерту және тоқтату
panel-event-edit-title = «{ $title }» өзгерту
panel-event-edit-hint = Жауап берген тұрғындар жаңа уақыт, ұзақтық, сілтеме немесе мекенжай туралы хабар алады. Орын көбейсе, күту тізіміндегілер орын алады.
panel-event-save = Сақтау
panel-event-cancel-title = «{ $title }» тоқтатылсын ба?
panel-event-cancel-confirm = Жауап берген тұрғындар ({ $count }) тоқтатылғаны туралы хабар алады. Мұны қайтару мүмкін емес.
panel-event-cancel-yes = Иә, тоқтату
panel-event-cancel-back = Жоқ, қайту
panel-event-created = Жарияланды. Кезектегі шақырулар: { $count }.
panel-event-saved = Сақталды. Өзгеріс туралы хабар алған тұрғындар: { $count }.
panel-event-cancelled = Талқылау тоқтатылды. Хабар алған тұрғындар: { $count }.
panel-event-closed = Бұл талқылауды енді өзгертуге болмайды: ол өтіп кетті немесе тоқтатылды.

# Бір талқылау
panel-event-duration = { $minutes } мин
panel-event-where = Қайда
panel-event-places = Орын саны
panel-event-code = Белгілену коды
panel-event-invited = Шақырулар
panel-event-edit = ✏️ Өзгерту
panel-event-cancel = ✖ Талқылауды тоқтату
panel-event-answers = Жауаптар
panel-event-answers-none = Әзірге ешкім жауап бермеді.
panel-event-by-checkin = өзі белгіленді
panel-event-by-staff = қызметкер белгіледі
panel-event-waitlist = Күту тізімі, кезек бойынша
panel-event-feedback = Пікірлер
panel-event-feedback-line = Бағалар: { $count }, орташа есеппен 5-тен { $average }.
panel-event-feedback-none = Әзірге баға жоқ.
panel-event-summary = Баспасөзге арналған мәтін
panel-event-summary-hint = Талқылау туралы сіздің тіліңіздегі қысқа мәтін. Оны белгілеп, көшіріп алыңыз.

# Мәтіннің өзі
panel-summary-cancelled = { $municipality } әкімдігінің { $when } күнге жоспарланған «{ $title }» ({ $kind }) іс-шарасы тоқтатылды.
panel-summary-planned = { $when } { $municipality } талқылау өткізеді: { $kind } «{ $title }». Орны: { $where }.
panel-summary-held = { $when } { $municipality } талқылау өткізді: { $kind } «{ $title }». Орны: { $where }.
panel-summary-people = Қатысқан тұрғындар: { $count } (келеміз дегендер: { $going }).
panel-summary-proposals = Қатысушылар { $count } ұсыныс айтты:
panel-summary-no-proposals = Талқылауда ұсыныс түскен жоқ.
panel-summary-feedback = Баға берген қатысушылар: { $count }, орташа есеппен 5-тен { $average }.
panel-summary-where-both = { $place }, сондай-ақ онлайн
panel-summary-where-online = онлайн

# Әрекеттер журналы
panel-audit-event-create = талқылау жариялады
panel-audit-event-edit = талқылауды өзгертті
panel-audit-event-cancel = талқылауды тоқтатты
