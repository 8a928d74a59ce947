## Қызметкерлердің веб-панелі және чаттағы кезек құралдары

panel-staff-only = Веб-панель әкімдік қызметкерлеріне арналған. Егер Сіз әкімдікте жұмыс істесеңіз, әкімшіден Сізге рөл беруін сұраңыз.
panel-link =
    Қызметкерлердің веб-панеліне сілтемеңіз:
    { $link }

    Ол бір рет және { $minutes } минут бойы жұмыс істейді. Оны басқаға бермеңіз.
panel-open = 🖥 Панельді ашу

moderation-queue-page = { $what }: { $count ->
        [one] { $count } ұсыныс көрсетілді.
       *[other] { $count } ұсыныс көрсетілді.
    }
moderation-queue-empty = { $what }: басқа ұсыныс жоқ.
moderation-queue-next = Келесі бет ▸
moderation-queue-filter = 🔎 Сүзгі
moderation-queue-filters = Қазір көрсетілгені: { $status }. Мәртебені немесе оның ішіндегі тақырыпты таңдаңыз.
moderation-card-status = Мәртебесі: { $status }
moderation-open-how = Ұсыныс нөмірін /p-дан кейін жазыңыз, мысалы: /p QUB-2026-0042
moderation-open-not-found = { $number } ұсынысы Сіз модерациялайтын әкімдіктерден табылмады.

panel-title = Қызметкерлер панелі
panel-nav-queue = Модерация кезегі
panel-nav-audit = Әрекеттер журналы
panel-language = Тіл
panel-apply = Қолдану
panel-logout = Шығу
panel-logout-all = Барлық құрылғыдан шығу
panel-signin-title = Кіру
panel-signin-how = Кіру үшін ботқа жеке чатта /panel жіберіп, ол жіберген сілтемені ашыңыз.
panel-login-confirm = Қызметкерлер панеліне кіру үшін батырманы басыңыз. Сілтеме тек бір рет жұмыс істейді.
panel-login-button = Кіру
panel-link-refused = Бұл сілтеме енді жұмыс істемейді: ол пайдаланылған немесе 10 минуттан астам уақыт өткен. Ботқа /panel қайта жіберіңіз.
panel-signed-out = Сіз панельден шықтыңыз.
panel-signed-out-everywhere = Сіз барлық құрылғыда панельден шықтыңыз.
panel-csrf-refused = Сұрау қабылданбады: ол панель бетінен келмеген. Бетті жаңартып, қайта көріңіз.
panel-not-allowed = Сізде бұған рұқсат жоқ. Мұны тек әкімдіктің модераторлары көреді.
panel-not-found = Бұл мекенжайдан ештеңе табылмады.

panel-queue-title = Модерация кезегі
panel-queue-pending = { $count ->
        [one] { $count } ұсыныс шешім күтіп тұр.
       *[other] { $count } ұсыныс шешім күтіп тұр.
    }
panel-queue-pending-many = Кемінде { $count } ұсыныс шешім күтіп тұр.
panel-queue-empty = Бұл сүзгілерге сәйкес ұсыныс жоқ.
panel-filter-status = Мәртебе
panel-filter-category = Тақырып
panel-filter-community = Елді мекен
panel-filter-since = Басы
panel-filter-until = Соңы
panel-filter-search = Нөмір немесе сөздер
panel-filter-any = Кез келген
panel-filter-apply = Көрсету
panel-col-number = Нөмір
panel-col-submitted = Жіберілді
panel-col-place = Орын
panel-col-category = Тақырып
panel-col-text = Мәтін
panel-col-status = Мәртебе
panel-col-when = Қашан
panel-col-what = Не
panel-col-who = Кім
panel-col-channel = Арна
panel-col-target = Қайда
panel-col-sent = Жіберілген уақыты
panel-col-error = Қате
panel-next-page = Келесі бет ▸
panel-first-page = ◂ Бірінші бет
panel-bulk-title = Белгіленген ұсыныстармен
panel-bulk-approve = ✅ Белгіленгендердің бәрін мақұлдау
panel-bulk-reject = ❌ Белгіленгендердің бәрін қабылдамау
panel-bulk-done = { $count ->
        [one] { $count } ұсыныс бойынша шешім қабылданды.
       *[other] { $count } ұсыныс бойынша шешім қабылданды.
    }

panel-location = Картадағы орны
panel-open-map = Картаны ашу
panel-photos = Фотосуреттер
panel-photo = Фото { $number }
panel-photo-in-telegram = Фото { $number } (Telegram-да)
panel-approve = ✅ Мақұлдау
panel-reject = ❌ Қабылдамау
panel-reason = Себебі
panel-note = Ескертпе
panel-ask-changes = ✏️ Түзету сұрау
panel-what-to-change = Нені түзету керек
panel-duplicate = 🔁 Қайталама
panel-original = Бастапқы ұсыныстың нөмірі
panel-undo = ↩ Кері қайтару
panel-decided-by = Шешім қабылдаған: { $who }
panel-answer = Биліктің жауабы
panel-history = Тарихы
panel-forwards = Билікке жіберу
panel-no-forwards = Әлі жіберілмеген.
panel-decided = Сақталды. Кері қайтару уақыты біткенше тұрғынға да, билікке де ештеңе жіберілмейді.
panel-undone = Шешім кері қайтарылды.
panel-already-decided = Бұл ұсыныс бойынша басқа қызметкер шешім қабылдап қойған.
panel-original-not-found = Бұл әкімдікте мұндай нөмірлі ұсыныс жоқ.
panel-decision-incomplete = Бұл шешімге қажеттісін толтырыңыз: себебін немесе тұрғынға арналған сөздерді.
panel-too-late = Бұл шешімді енді кері қайтаруға болмайды.
panel-delivery-queued = күтуде
panel-delivery-sending = жіберілуде
panel-delivery-sent = жеткізілді
panel-delivery-failed = жеткізілмеді
panel-delivery-skipped = өткізіп жіберілді

panel-audit-title = Әрекеттер журналы
panel-audit-empty = Бұл сүзгілер бойынша ештеңе жазылмаған.
panel-older = Ертерек жазбалар ▸
panel-audit-login = панельге кірді
panel-audit-logout = панельден шықты
panel-audit-logout-all = барлық құрылғыдан шықты
panel-audit-bulk-approved = бірнешеуін бірден мақұлдады
panel-audit-bulk-rejected = бірнешеуін бірден қабылдамады
panel-event-forward-sent = жіберілгені жеткізілді
panel-event-forward-failed = жіберілгенін жеткізу мүмкін болмады
