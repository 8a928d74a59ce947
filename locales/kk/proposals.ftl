# Азаматтардың ұсыныстары: тұрғындар, модераторлар және жергілікті билік.

## Тұрғындар

proposals-title = Ұсынысыңызды { term-authority.dat } жіберіңіз немесе бұрынғы ұсыныстарыңыздың нәтижесін біліңіз.
proposals-new = ✍️ Жаңа ұсыныс
proposals-mine = 📂 Менің ұсыныстарым
proposals-none = Сіз әлі бірде-бір ұсыныс жіберген жоқсыз.
proposals-mine-title = Сіздің ұсыныстарыңыз. Тарихын көру үшін біреуін басыңыз:
proposal-limit = Соңғы 24 сағатта Сіз { $count ->
        [one] бір ұсыныс
       *[other] { $count } ұсыныс
    } жібердіңіз, бұл – күндік шек. Белсенділігіңізге рахмет! Келесісін ертең жіберіңіз.
proposal-choose-category = Ұсынысыңыз не туралы?
proposal-category-roads = 🛣 Жолдар
proposal-category-water = 🚰 Су
proposal-category-lighting = 💡 Көше жарығы
proposal-category-schools = 🏫 Мектептер
proposal-category-eservices = 💳 Е-қызмет, терминал
proposal-category-other = 📝 Басқа
proposal-write = Ұсынысыңызды бір хабарламамен сипаттаңыз: не, қайда және неге маңызды ({ $min }–{ $max } таңба).
proposal-text-first = Алдымен ұсыныстың мәтінін жазыңыз ({ $min }–{ $max } таңба). Фотоны кейін қоса аласыз.
proposal-too-short = Мәтін сәл қысқа ({ $length } таңба). Кемінде { $min } таңба жазыңыз: { term-authority } не ұсынатыныңызды түсінуі керек.
proposal-too-long = Мәтін тым ұзын ({ $length } таңба). Мәтінді { $max } таңбадан асырмаңыз.
proposal-ask-photos = Ең көбі { $max } фото қоса аласыз. Оларды қазір жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
proposal-photo-saved = Фото сақталды ({ $count }/{ $max }). Тағы біреуін жіберіңіз немесе «Дайын» батырмасын басыңыз.
proposal-photos-done = Дайын ▸
proposal-skip = Өткізіп жіберу ▸
proposal-ask-location = Орынды картада көрсете аласыз: 📎 белгісін басып, «Геопозиция» тармағын таңдаңыз. Немесе «Өткізіп жіберу» батырмасын басыңыз.
proposal-preview =
    Ұсынысыңызды тексеріңіз.
    Тақырыбы: { $category }
    Орны: { $place }
    Фото: { $photos }
    Карта: { $location }

    { $text }
proposal-send = ✅ Жіберу
proposal-edit-text = ✏️ Мәтінді түзету
proposal-cancel = ✖ Болдырмау
proposal-cancelled = Тоқтатылды. Ештеңе жіберілген жоқ.
proposal-received = Рахмет! Ұсынысыңыз келіп түсті. Оның нөмірі – { $number }. Модераторлар оны тексереді, ал әрі қарай не болатынын Сізге хабарлаймын.
proposal-rewrite =
    Модератор өзгерістер енгізуді сұрады:
    { $note }

    Жаңа мәтінді жазыңыз ({ $min }–{ $max } таңба).
proposal-edit-resubmit = ✏️ Түзетіп жіберу
proposal-open = 📄 Ашу
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Жауап: { $answer }

    Тарихы:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ тексерілуде
proposal-status-changes = ✏️ түзету сұралды
proposal-status-rejected = ❌ қабылданбады
proposal-status-duplicate = 🔁 қайталама
proposal-status-approved = ✅ жолданды
proposal-status-answered = 💬 жауап берілді
proposal-status-done = ✔️ орындалды
proposal-event-submitted = жіберілді
proposal-event-resubmitted = түзетілгеннен кейін қайта жіберілді
proposal-event-approved = модератор мақұлдады
proposal-event-rejected = қабылданбады
proposal-event-changes = түзету сұралды
proposal-event-duplicate = қайталама деп белгіленді
proposal-event-undone = шешім кері қайтарылды
proposal-event-forwarded = { term-authority.dat } жолданды
proposal-event-answered = { term-authority } жауап берді
proposal-event-done = орындалды

## Тұрғындарға не хабарланады

proposal-now-approved = Қуанышты хабар: { $number } ұсынысыңыз мақұлданып, { term-authority.dat } жолданды. Жауабын Сізге жіберемін.
proposal-now-rejected = { $number } ұсынысыңыз қабылданбады. Себебі: { $reason }.
proposal-now-changes = Модератор { $number } ұсынысыңызды жолдамас бұрын оны аздап өзгертуді сұрайды.
proposal-now-duplicate = { $number } ұсынысыңыз қазір қаралып жатқан { $original } ұсынысын қайталайды. Қолдауыңызға рахмет!
proposal-now-answered =
    { $number } ұсынысыңызға { term-authority.gen } жауабы:

    { $answer }
proposal-now-done = { $number } ұсынысыңыз орындалды. Өз елді мекеніңізге көмектескеніңізге рахмет!
proposal-moderator-note = Модератордың ескертпесі: { $note }
reason-offtopic = бұл { term-authority.dat } арналған ұсыныс емес
reason-private = онда жеке ақпарат бар
reason-rude = онда дөрекі сөздер бар
reason-unclear = не ұсынылып отырғаны түсініксіз
reason-notlocal = бұл мәселе { term-authority.gen } құзыретіне жатпайды

## Модераторлар

moderation-card =
    🆕 Ұсыныс { $number }
    { $category } · { $place }
    Фото: { $photos } · Карта: { $location }

    { $text }
moderation-approve = ✅ Мақұлдау
moderation-reject = ❌ Қабылдамау
moderation-changes = ✏️ Түзету сұрау
moderation-duplicate = 🔁 Қайталама…
moderation-not-allowed = Мұны тек осы { term-municipality.gen } модераторлары жасай алады.
moderation-choose-reason = { $number } ұсынысы неге қабылданбайды?
moderation-add-note = Тұрғынға бірнеше сөз жазыңыз немесе «Ескертпесіз» батырмасын басыңыз.
moderation-no-note = Ескертпесіз ▸
moderation-what-to-change = Тұрғын { $number } ұсынысында нені өзгертуі керек? Бір хабарламамен жазыңыз (ең көбі { $max } таңба).
moderation-which-original = { $number } ұсынысы қай ұсынысты қайталайды? Оның нөмірін жазыңыз, мысалы: QUB-2026-0012.
moderation-note-length = Ең көбі { $max } таңба жазыңыз.
moderation-original-not-found = Бұл { term-municipality.loc } ондай ұсынысты таба алмадым. { $number } емес, бастапқы ұсыныстың нөмірін жазыңыз.
moderation-decided = Сақталды: { $number } – { $status }. Бұл шешімді { $minutes ->
        [one] бір минут
       *[other] { $minutes } минут
    } ішінде кері қайтара аласыз; ол тек содан кейін ғана әрі қарай жіберіледі.
moderation-undo = ↩ Кері қайтару
moderation-already-decided = { $number } бойынша шешімді { $who } қабылдап қойған: { $status }.
moderation-too-late = { $number } бойынша шешімді енді кері қайтару мүмкін емес.
moderation-undone = { $number } бойынша шешім кері қайтарылды. Ұсыныс қайтадан кезекте күтіп тұр:
moderation-queue =
    Кезектегі ұсыныстар: { $count }
    { $summary }
    Билікке әлі жеткізілмегендер: { $stuck }
moderation-queue-line = { $place }: { $count }

## Жергілікті билік

authority-not-allowed = Ұсыныстарға тек { term-authority } қызметкерлері жауап бере алады.
authority-not-open = { $number } ұсынысына қазір жауап беру мүмкін емес.
authority-write-answer = { $number } ұсынысына жауапты бір хабарламамен жазыңыз (ең көбі { $max } таңба). Тұрғын оны алады.
authority-answer-length = Жауапты ең көбі { $max } таңбамен жазыңыз.
authority-answer-sent = Рахмет! { $number } ұсынысына жауап тұрғынға жіберілді.
authority-marked-done = { $number } ұсынысы орындалды деп белгіленді; тұрғынға хабарланды.
