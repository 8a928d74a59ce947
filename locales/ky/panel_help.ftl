## Кызматкерлердин веб-панели: тургундардын жардам сурамдары

panel-nav-help = Жардам сурамдары
panel-help-title = Жардам сурамдары
panel-help-not-allowed = Сизде буга уруксат жок. Муну айыл аймагында тургундардын жардам сурамдарына жооп берген кызматкерлер гана көрө алат.
panel-help-open = Жооп күтүп жаткан сурамдар: { $count }.
panel-help-none = Ачык сурам жок. Рахмат!
panel-help-sent = №{ $id } сурамга жообуңуз тургунга жөнөтүлүүдө.
panel-help-asked = Сурам күнү
panel-help-step = Кадам
panel-help-step-of = { $total } кадамдын { $number }-си
panel-help-attached = Тургун сүрөт же үн билдирүү кошту: аны ботто көрүүгө болот.
panel-help-your-answer = Тургунга жообуңуз
panel-help-send = Жоопту жөнөтүү
panel-help-answered = Акыркы күндөрү жооп берилгендер: { $days }
panel-help-guide = Колдонмо
panel-help-answer = Жооп
panel-help-by = Ким жооп берди
panel-help-already-answered = Бул сурамга жооп берилген, балким кесиптешиңиз азыр эле жооп берген.
panel-help-answer-length = Сураныч, эң көп { $max } белгиден турган жооп жазыңыз.
panel-audit-help-answer = жардам сурамына жооп берди
