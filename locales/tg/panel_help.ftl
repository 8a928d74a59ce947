## Панели веби кормандон: дархостҳои ёрии сокинон

panel-nav-help = Дархостҳои ёрӣ
panel-help-title = Дархостҳои ёрӣ
panel-help-not-allowed = Шумо ба ин дастрасӣ надоред. Инро танҳо кормандоне мебинанд, ки дар ҷамоат ба дархостҳои ёрии сокинон ҷавоб медиҳанд.
panel-help-open = Дархостҳое, ки ҷавоб интизоранд: { $count }.
panel-help-none = Дархости кушода нест. Ташаккур!
panel-help-sent = Ҷавоби Шумо ба дархости №{ $id } ба сокин фиристода мешавад.
panel-help-asked = Санаи дархост
panel-help-step = Қадам
panel-help-step-of = { $number } аз { $total }
panel-help-attached = Сокин акс ё паёми овозӣ замима кард: онро дар бот дидан мумкин аст.
panel-help-your-answer = Ҷавоби Шумо ба сокин
panel-help-send = Фиристодани ҷавоб
panel-help-answered = Дар рӯзҳои охир ҷавобдодашуда: { $days }
panel-help-guide = Дастур
panel-help-answer = Ҷавоб
panel-help-by = Кӣ ҷавоб дод
panel-help-already-answered = Ба ин дархост аллакай ҷавоб дода шудааст, шояд ҳамкоратон ҳозир ҷавоб дод.
panel-help-answer-length = Лутфан, ҷавоби то { $max } аломат нависед.
panel-audit-help-answer = ба дархости ёрӣ ҷавоб дод
