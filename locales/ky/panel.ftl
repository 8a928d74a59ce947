## Кызматкерлердин веб-панели жана чаттагы кезек куралдары

# /panel in chat
panel-staff-only = Веб-панель айыл аймагынын кызматкерлери үчүн. Эгер айыл аймагында иштесеңиз, анын администраторунан роль сураңыз.
panel-link =
    Кызматкерлердин веб-панелине шилтемеңиз:
    { $link }

    Ал бир жолу жана { $minutes } мүнөт иштейт. Аны эч кимге бербеңиз.
panel-open = 🖥 Панелди ачуу

# /queue and /p in chat
moderation-queue-page = { $what }: { $count ->
        [one] { $count } сунуш көрсөтүлдү.
       *[other] { $count } сунуш көрсөтүлдү.
    }
moderation-queue-empty = { $what }: башка сунуш жок.
moderation-queue-next = Кийинки бет ▸
moderation-queue-filter = 🔎 Чыпка
moderation-queue-filters = Азыр көрсөтүлгөнү: { $status }. Абалды же анын ичиндеги теманы тандаңыз.
moderation-card-status = Абалы: { $status }
moderation-open-how = /p кийин сунуштун номерин жазыңыз, мисалы: /p QUB-2026-0042
moderation-open-not-found = { $number } сунушу Сиз модерациялаган айыл аймактарынан табылган жок.

# Pages
panel-title = Кызматкерлердин панели
panel-nav-queue = Модерация кезеги
panel-nav-audit = Аракеттер журналы
panel-language = Тил
panel-apply = Колдонуу
panel-logout = Чыгуу
panel-logout-all = Бардык түзмөктөрдөн чыгуу
panel-signin-title = Кирүү
panel-signin-how = Кирүү үчүн ботко жеке чатта /panel жөнөтүп, ал жиберген шилтемени ачыңыз.
panel-login-confirm = Кызматкерлердин панелине кирүү үчүн баскычты басыңыз. Шилтеме бир жолу гана иштейт.
panel-login-button = Кирүү
panel-link-refused = Бул шилтеме мындан ары иштебейт: ал колдонулуп бүткөн же 10 мүнөттөн ашык убакыт өткөн. Ботко кайра /panel жөнөтүңүз.
panel-signed-out = Сиз чыктыңыз.
panel-signed-out-everywhere = Сиз бардык түзмөктөрдөн чыктыңыз.
panel-csrf-refused = Бул сурам четке кагылды, анткени ал панелдин барагынан келген эмес. Баракты жаңыртып, кайра аракет кылыңыз.
panel-not-allowed = Сизде буга уруксат жок. Муну айыл аймагынын модераторлору гана көрө алат.
panel-not-found = Бул даректе эч нерсе табылган жок.

# The queue
panel-queue-title = Модерация кезеги
panel-queue-pending = { $count ->
        [one] { $count } сунуш чечим күтүүдө.
       *[other] { $count } сунуш чечим күтүүдө.
    }
panel-queue-pending-many = Жок дегенде { $count } сунуш чечим күтүүдө.
panel-queue-empty = Бул чыпкаларга ылайык сунуш жок.
panel-filter-status = Абалы
panel-filter-category = Тема
panel-filter-community = Айыл
panel-filter-since = Баштап
panel-filter-until = Чейин
panel-filter-search = Номер же сөздөр
panel-filter-any = Баары
panel-filter-apply = Көрсөтүү
panel-col-number = Номер
panel-col-submitted = Жөнөтүлдү
panel-col-place = Жер
panel-col-category = Тема
panel-col-text = Текст
panel-col-status = Абалы
panel-col-when = Качан
panel-col-what = Эмне
panel-col-who = Ким
panel-col-channel = Канал
panel-col-target = Кимге
panel-col-sent = Жөнөтүлгөн убакыт
panel-col-error = Ката
panel-next-page = Кийинки бет ▸
panel-first-page = ◂ Биринчи бет
panel-bulk-title = Белгиленген сунуштар менен
panel-bulk-approve = ✅ Белгиленгендердин баарын жактыруу
panel-bulk-reject = ❌ Белгиленгендердин баарын четке кагуу
panel-bulk-done = { $count ->
        [one] { $count } сунуш боюнча чечим кабыл алынды.
       *[other] { $count } сунуш боюнча чечим кабыл алынды.
    }

# One proposal
panel-location = Картадагы жери
panel-open-map = Картаны ачуу
panel-photos = Сүрөттөр
panel-photo = { $number }-сүрөт
panel-photo-in-telegram = { $number }-сүрөт (Telegram'да)
panel-approve = ✅ Жактыруу
panel-reject = ❌ Четке кагуу
panel-reason = Себеби
panel-note = Эскертүү
panel-ask-changes = ✏️ Өзгөртүү суроо
panel-what-to-change = Эмнени өзгөртүү керек
panel-duplicate = 🔁 Кайталоо
panel-original = Түпнусканын номери
panel-undo = ↩ Жокко чыгаруу
panel-decided-by = Чечим кабыл алган: { $who }
panel-answer = Бийликтин жообу
panel-history = Тарых
panel-forwards = Бийликке жөнөтүүлөр
panel-no-forwards = Азырынча жөнөтүлгөн жок.
panel-decided = Сакталды. Жокко чыгаруу мөөнөтү бүтмөйүнчө тургунга да, бийликке да эч нерсе жетпейт.
panel-undone = Чечим жокко чыгарылды.
panel-already-decided = Бул сунуш боюнча башка бирөө чечим кабыл алып койгон.
panel-original-not-found = Бул айыл аймагында мындай номерлүү сунуш жок.
panel-decision-incomplete = Бул чечимге керектүүсүн толтуруңуз: себебин же тургунга жазылчу сөздөрдү.
panel-too-late = Бул чечимди жокко чыгарууга кеч болуп калды.
panel-delivery-queued = күтүүдө
panel-delivery-sending = жөнөтүлүүдө
panel-delivery-sent = жеткирилди
panel-delivery-failed = жеткирилген жок
panel-delivery-skipped = өткөрүлүп жиберилди

# The audit trail
panel-audit-title = Аракеттер журналы
panel-audit-empty = Бул чыпкалар боюнча эч нерсе жазылган жок.
panel-older = Мурунку жазуулар ▸
panel-audit-login = панелге кирди
panel-audit-logout = чыкты
panel-audit-logout-all = бардык түзмөктөрдөн чыкты
panel-audit-bulk-approved = бир нечесин бир убакта жактырды
panel-audit-bulk-rejected = бир нечесин бир убакта четке какты
panel-event-forward-sent = жөнөтүү жеткирилди
panel-event-forward-failed = жөнөтүүнү жеткирүү мүмкүн болгон жок
