## Кызматкерлердин веб-панели: талкуулар (жарыялагандар үчүн)

panel-nav-events = Талкуулар
panel-events-title = Талкуулар
panel-events-not-allowed = Сизде буга уруксат жок. Муну айыл аймагынын талкууларын жарыялаган кызматкерлер гана көрө алат.
panel-events-upcoming = Алдыдагылар
panel-events-past = Өткөндөр
panel-events-none = Бул жерде азырынча талкуу жок.
panel-event-new = Жаңы талкуу
panel-col-event = Талкуу
panel-col-going = Келет
panel-col-maybe = Балким
panel-col-cant = Келе албайт
panel-col-waitlist = Күтүү тизмеси
panel-col-attended = Келди
panel-col-resident = Тургун
panel-col-answer = Жооп
panel-col-answered = Жооп күнү

# Форма
panel-event-who = Ким чакырылат
panel-event-communities = Чакырылган айылдар (эч бири белгиленбесе, бүт айыл аймак):
panel-event-kind = Түрү
panel-event-what = Аталышы жана сүрөттөмөсү
panel-event-other-languages = Башка тилдер (каалооңуз боюнча)
panel-event-title-in = Аталышы ({ $language })
panel-event-text-in = Сүрөттөмөсү ({ $language })
panel-event-when-where = Убактысы жана орду
panel-event-start = Башталышы (айыл аймактын жергиликтүү убактысы)
panel-event-minutes = Узактыгы, мүнөт менен
panel-event-link = Онлайн кошулуу шилтемеси (каалооңуз боюнча)
panel-event-place = Дарек (шилтеме болсо, милдеттүү эмес)
panel-event-capacity = Орун саны (бош болсо, чек жок)
panel-event-invite-hint = Тандалган жерлердин тургундары жарыялаганыңыз менен ботто чакыруу алышат.
panel-event-create = Жарыялоо жана чакыруу
panel-event-error-time = Сураныч, башталуу күнүн жана убактысын көрсөтүңүз.
panel-event-error-too-soon = Бул убакыт өтүп кеткен же өтө жакын. Сураныч, кечирээк башталышты тандаңыз.
panel-event-error-minutes = Сураныч, узактыгын бүтүн мүнөт менен, 15тен { $max }гө чейин көрсөтүңүз.
panel-event-error-link = Сураныч, https:// менен башталган толук шилтемени көрсөтүңүз.
panel-event-error-place = Дарек өтө узун: эң көп { $max } белги.
panel-event-error-capacity = Сураныч, орун санын бүтүн сан менен, эң көп { $max } көрсөтүңүз.
panel-event-error-text = Сураныч, толтурган ар бир тилде аталышын (эң көп { $number } белги) жана сүрөттөмөсүн (эң көп { $max }) жазыңыз.
panel-event-error-where = Сураныч, онлайн кошулуу шилтемесин, даректи же экөөнү тең көрсөтүңүз.
panel-event-error-nothing = Эч нерсе өзгөргөн жок.
panel-event-error-incomplete = Формада бир нерсе жетишпейт. Сураныч, текшерип, кайра аракет кылыңыз.

# Өзгөртүү жана жокко чыгаруу
panel-event-edit-title = «{ $title }» өзгөртүү
panel-event-edit-hint = Жооп берген тургундар жаңы убакыт, узактык, шилтеме же дарек тууралуу билдирүү алышат. Орун көбөйсө, күтүү тизмесиндегилер орун алышат.
panel-event-save = Сактоо
panel-event-cancel-title = «{ $title }» жокко чыгарылсынбы?
panel-event-cancel-confirm = Жооп берген тургундар ({ $count }) жокко чыгарылганы тууралуу билдирүү алышат. Муну кайтаруу мүмкүн эмес.
panel-event-cancel-yes = Ооба, жокко чыгар
panel-event-cancel-back = Жок, кайтуу
panel-event-created = Жарыяланды. Кезектеги чакыруулар: { $count }.
panel-event-saved = Сакталды. Өзгөрүү тууралуу билдирүү алган тургундар: { $count }.
panel-event-cancelled = Талкуу жокко чыгарылды. Билдирүү алган тургундар: { $count }.
panel-event-closed = Бул талкууну эми өзгөртүүгө болбойт: ал өтүп кеткен же жокко чыгарылган.

# Бир талкуу
panel-event-duration = { $minutes } мүн
panel-event-where = Кайда
panel-event-places = Орун саны
panel-event-code = Катталуу коду
panel-event-invited = Чакыруулар
panel-event-edit = ✏️ Өзгөртүү
panel-event-cancel = ✖ Талкууну жокко чыгаруу
panel-event-answers = Жооптор
panel-event-answers-none = Азырынча эч ким жооп берген жок.
panel-event-by-checkin = өзү катталды
panel-event-by-staff = кызматкер белгиледи
panel-event-waitlist = Күтүү тизмеси, кезек боюнча
panel-event-feedback = Пикирлер
panel-event-feedback-line = Баалар: { $count }, орточо 5тен { $average }.
panel-event-feedback-none = Азырынча баа жок.
panel-event-summary = Басма сөз үчүн текст
panel-event-summary-hint = Талкуу тууралуу сиздин тилиңиздеги кыска текст. Аны белгилеп, көчүрүп алыңыз.

# Тексттин өзү
panel-summary-cancelled = { $municipality } айыл аймагынын { $when } күнүнө пландалган «{ $title }» ({ $kind }) иш-чарасы жокко чыгарылды.
panel-summary-planned = { $when } { $municipality } талкуу өткөрөт: { $kind } «{ $title }». Орду: { $where }.
panel-summary-held = { $when } { $municipality } талкуу өткөрдү: { $kind } «{ $title }». Орду: { $where }.
panel-summary-people = Катышкан тургундар: { $count } (келебиз дегендер: { $going }).
panel-summary-proposals = Катышуучулар { $count } сунуш айтышты:
panel-summary-no-proposals = Талкууда сунуш түшкөн жок.
panel-summary-feedback = Баа берген катышуучулар: { $count }, орточо 5тен { $average }.
panel-summary-where-both = { $place }, ошондой эле онлайн
panel-summary-where-online = онлайн

# Аракеттер журналы
panel-audit-event-create = талкуу жарыялады
panel-audit-event-edit = талкууну өзгөрттү
panel-audit-event-cancel = талкууну жокко чыгарды
