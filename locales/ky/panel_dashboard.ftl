## Кызматкерлердин панелиндеги сереп: тургундар, сунуштар, төлөө боюнча колдонмолор жана программалардын максаттары

panel-nav-dashboard = Сереп
panel-dash-title = Сереп
panel-dash-where = Айыл аймак
panel-dash-all = Бардык айыл аймактары
panel-dash-not-allowed = Сизде буга уруксат жок. Айыл аймактын серебин анын кызматкерлери гана көрө алат.
panel-dash-residents = { $count } тургун
panel-dash-count = Саны
panel-dash-none = Азырынча эч нерсе жок.
panel-dash-no-community = Айыл тандалган эмес
panel-dash-proposals = { $count } сунуш
panel-dash-period = Жогоруда тандалган мезгилде жөнөтүлгөн сунуштар.
panel-dash-to-decision = Модератордун чечимине чейинки кадимки убакыт (медиана)
panel-dash-to-answer = Жөнөтүлгөндөн бийликтин жообуна чейинки кадимки убакыт (медиана)
panel-dash-of = { $count } сунуш боюнча
panel-dash-guides = Ушул мезгилдеги төлөө боюнча колдонмолор
panel-dash-guide = Колдонмо
panel-dash-every-guide = Бардык колдонмолор
panel-dash-measure-started = Баштады
panel-dash-measure-completed = Аягына чейин өттү
panel-dash-measure-paid = Онлайн төлөдү
panel-dash-total = Бардыгы
panel-dash-targets = Программалардын максаттары
panel-target-programme = Программа
panel-target-measure = Эмне саналат
panel-target-period = Мезгил
panel-target-progress = Аткарылышы
panel-target-reached = { $total } ичинен { $count } ({ $percent }%)
panel-target-remove = Өчүрүү
panel-target-none = Азырынча максат жок.
panel-target-new = Жаңы максат
panel-target-number = Максаттуу сан
panel-target-save = Максатты сактоо
panel-target-saved = Максат сакталды.
panel-target-removed = Максат өчүрүлдү.
panel-target-bad-programme = Программанын аталышын жазыңыз (120 белгиден ашпасын).
panel-target-bad-number = Максатты сан менен жазыңыз, жок дегенде 1.
panel-target-bad-period = Мезгилдин биринчи жана акыркы күнүн жазыңыз, биринчиси акыркысынан мурун болсун.
panel-target-bad-guide = Мындай колдонмо жок.
panel-target-not-allowed = Айыл аймактын максаттарын анын администраторлору гана коёт.

# Аракеттер журналында ушул барактарда жасалган иштердин аттары
panel-audit-export = файл жүктөп алды
panel-audit-role-granted = роль берди
panel-audit-role-revoked = ролду кайтарып алды
panel-audit-target-set = максат койду
panel-audit-target-removed = максатты өчүрдү
