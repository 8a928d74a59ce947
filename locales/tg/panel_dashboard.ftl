## Ҷамъбасти панели кормандон: сокинон, пешниҳодҳо, дастурҳои пардохт ва ҳадафҳои барномаҳо

panel-nav-dashboard = Ҷамъбаст
panel-dash-title = Ҷамъбаст
panel-dash-where = Ҷамоат
panel-dash-all = Ҳамаи ҷамоатҳо
panel-dash-not-allowed = Шумо ба ин дастрасӣ надоред. Ҷамъбасти ҷамоатро танҳо кормандони он дида метавонанд.
panel-dash-residents = { $count } сокин
panel-dash-count = Шумора
panel-dash-none = Ҳоло ҳеҷ чиз нест.
panel-dash-no-community = Деҳа интихоб нашудааст
panel-dash-proposals = { $count } пешниҳод
panel-dash-period = Пешниҳодҳое, ки дар давраи дар боло интихобшуда фиристода шудаанд.
panel-dash-to-decision = Вақти маъмулӣ то қарори модератор (медиана)
panel-dash-to-answer = Вақти маъмулӣ аз фиристодан то ҷавоби мақомот (медиана)
panel-dash-of = аз рӯи { $count } пешниҳод
panel-dash-guides = Дастурҳои пардохт дар ин давра
panel-dash-guide = Дастур
panel-dash-every-guide = Ҳамаи дастурҳо
panel-dash-measure-started = Оғоз карданд
panel-dash-measure-completed = То охир гузаштанд
panel-dash-measure-paid = Онлайн пардохтанд
panel-dash-total = Ҳамагӣ
panel-dash-targets = Ҳадафҳои барномаҳо
panel-target-programme = Барнома
panel-target-measure = Чӣ ҳисоб карда мешавад
panel-target-period = Давра
panel-target-progress = Иҷро
panel-target-reached = { $count } аз { $total } ({ $percent }%)
panel-target-remove = Нест кардан
panel-target-none = Ҳоло ҳадаф нест.
panel-target-new = Ҳадафи нав
panel-target-number = Шумораи ҳадаф
panel-target-save = Ҳадафро сабт кардан
panel-target-saved = Ҳадаф сабт шуд.
panel-target-removed = Ҳадаф нест карда шуд.
panel-target-bad-programme = Лутфан номи барномаро нависед (на зиёда аз 120 аломат).
panel-target-bad-number = Лутфан ҳадафро бо рақам нависед, ақаллан 1.
panel-target-bad-period = Лутфан рӯзи аввал ва охири давраро нависед, рӯзи аввал пеш аз охирин бошад.
panel-target-bad-guide = Чунин дастур нест.
panel-target-not-allowed = Ҳадафҳои ҷамоатро танҳо маъмурони он муқаррар мекунанд.

# Номҳои корҳое, ки дар ин саҳифаҳо карда шуданд, дар дафтари амалҳо
panel-audit-export = файл гирифт
panel-audit-role-granted = нақш дод
panel-audit-role-revoked = нақшро гирифт
panel-audit-target-set = ҳадаф муқаррар кард
panel-audit-target-removed = ҳадафро нест кард
