## Веб-панели кормандон: эълонҳо (bot/panel/announcements.py)

panel-nav-announcements = Эълонҳо
panel-ann-title = Эълонҳо
panel-ann-new = Эълони нав
panel-ann-one = Эълони №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Ҳоло эълонҳо нестанд.
panel-ann-not-allowed = Шумо ба ин дастрасӣ надоред. Инро танҳо кормандони ҷамоат, ки эълон нашр мекунанд, дида метавонанд.
panel-ann-municipality = Ҷамоат
panel-ann-audience = Кӣ мегирад
panel-ann-audience-hint = Барои фиристодан танҳо ба баъзе деҳаҳо онҳоро қайд кунед. Агар ҳеҷ чиз қайд нашавад, ҳама мегиранд.
panel-ann-everyone = Ҳамаи сокинони ҷамоат
panel-ann-topic = Мавзӯъ
panel-ann-texts = Матн
panel-ann-texts-hint = Матнро ақаллан бо як забон нависед, дар ҳар кадом то { $max } аломат. Сокинон, ки бо забони дигар мехонанд, наздиктаринашро мегиранд.
panel-ann-more-languages = Илова кардани забон:
panel-ann-attachment = Замима
panel-ann-attachment-hint = Агар хоҳед, акс ё ҳуҷҷат (масалан, PDF) замима кунед, то { $mb } МБ.
panel-ann-attachment-remove = Хориҷ кардан
panel-too-large = Ин файл хеле калон аст. Лутфан, файли хурдтарро интихоб кунед: ҳад дар зери майдон навишта шудааст.
panel-ann-when = Кай
panel-ann-send-now = Ҳозир фиристодан
panel-ann-send-at = Дар ин вақт ({ $zone }):
panel-ann-now = ҳозир
panel-ann-when-quiet = { $when } (соатҳои ором: фиристодан аз { $start } оғоз мешавад)
panel-ann-preview = Пешнамоиш
panel-ann-reach = Онро { $count ->
        [one] { $count } сокин
       *[other] { $count } сокин
    } мегирад.
panel-ann-publish = ✅ Фиристодан
panel-ann-test = Нусхаи санҷиширо ба ман фиристед
panel-ann-test-hint = Нусхаи санҷишӣ танҳо ба чати шумо бо бот меояд. Сокинон онро намегиранд.
panel-ann-test-sent = Нусхаи санҷишӣ ба чати шумо фиристода шуд. Сокинон ҳеҷ чиз нагирифтанд.
panel-ann-change = Тағйир додан
panel-ann-topic-missing = Лутфан, мавзӯъро интихоб кунед.
panel-ann-text-missing = Лутфан, матнро ақаллан бо як забон нависед.
panel-ann-text-too-long = Матн бо забони «{ $language }» { $length } аломат дорад, ҳад бошад { $max } аст. Лутфан, онро кӯтоҳ кунед.
panel-ann-time-invalid = Лутфан, сана ва вақтро ё «Ҳозир фиристодан»-ро интихоб кунед.
panel-ann-time-past = Ин вақт гузаштааст ё камтар аз як дақиқа мондааст. Лутфан, вақти дертарро интихоб кунед.
panel-ann-invalid = Ин эълонро фиристодан мумкин нест. Лутфан, шаклро санҷед.
panel-ann-too-late = Инро дигар кардан мумкин нест: эълон дар ин миён тағйир ёфт. Лутфан, саҳифаи онро нав кунед.
panel-ann-status-scheduled = ба нақша гирифта шуд
panel-ann-status-released = фиристода шуд
panel-ann-status-cancelled = бекор карда шуд
panel-ann-status-withdrawn = бозхонда шуд
panel-ann-sent = Фиристода шуд
panel-ann-delivered = Расонида шуд
panel-ann-read = Хонда шуд
panel-ann-failed = Хато
panel-ann-waiting = Дар интизор
panel-ann-number = { $count }
panel-ann-of-reported = { $count } аз { $reported }
panel-ann-receipts-note = Танҳо WhatsApp хабар медиҳад, ки паём расонида ва хонда шуд; Telegram хабар намедиҳад. «—» маънои онро дорад, ки ин маълум нест. «5 аз 8» танҳо нусхаҳои WhatsApp-ро ҳисоб мекунад.
panel-ann-chart-title = Расонидан аз рӯи вақт
panel-ann-chart-note = ҷамъ дар ҳар лаҳза, вақт аз рӯи { $zone }
panel-ann-chart-empty = Ҳоло ҳеҷ чиз фиристода нашудааст.
panel-ann-no-receipts = Ягон нусха ба WhatsApp нарафт, бинобар ин расонидан ва хондан маълум нест.
panel-ann-correct = ✏️ Ислоҳ кардани матн бо забони «{ $language }»
panel-ann-correct-sure = Матни нав бо забони «{ $language }» матни кӯҳнаро дар { $count ->
        [one] чати { $count } сокин
       *[other] чати { $count } сокин
    } иваз мекунад. Нусхаҳое, ки ҳанӯз фиристода нашудаанд ({ $waiting }), бо матни нав мераванд.
panel-ann-correct-yes = ✏️ Ҳа, ислоҳ кунед
panel-ann-back = Бозгашт, ҳеҷ чизро тағйир надиҳед
panel-ann-done-sent = Фиристода шуд. Нусхаҳо дар роҳанд; рақамҳои поён расониданро нишон медиҳанд.
panel-ann-done-scheduled = Ба нақша гирифта шуд. Эълон дар вақти худ фиристода мешавад.
panel-ann-done-corrected = Ислоҳ шуд. Нусхаҳо дар чатҳои сокинон тағйир дода мешаванд.
panel-ann-done-withdrawn = Бозхонда шуд. Нусхаҳо аз чатҳои сокинон нест карда мешаванд.
panel-ann-done-cancelled = Бекор карда шуд. Ҳеҷ чиз фиристода нашуд.
panel-audit-announcement-publish = эълон фиристод
panel-audit-announcement-schedule = эълонро ба нақша гирифт
panel-audit-announcement-test-copy = ба худ нусхаи санҷишӣ фиристод
panel-audit-announcement-correct = эълонро ислоҳ кард
panel-audit-announcement-withdraw = эълонро бозхонд
panel-audit-announcement-cancel = эълонро бекор кард

# Нусхаи санҷишӣ дар чати корманд
announce-test-copy =
    🧪 Нусхаи санҷишӣ: сокинон онро нагирифтаанд.

    { $text }
