## Қызметкерлер панеліндегі шолу: тұрғындар, ұсыныстар, төлем нұсқаулықтары және бағдарламалардың мақсаттары

panel-nav-dashboard = Шолу
panel-dash-title = Шолу
panel-dash-where = Әкімдік
panel-dash-all = Барлық әкімдіктер
panel-dash-not-allowed = Сізде бұған рұқсат жоқ. Әкімдіктің шолуын тек оның қызметкерлері көреді.
panel-dash-residents = { $count } тұрғын
panel-dash-count = Саны
panel-dash-none = Әзірге ештеңе жоқ.
panel-dash-no-community = Елді мекен таңдалмаған
panel-dash-proposals = { $count } ұсыныс
panel-dash-period = Жоғарыда таңдалған кезеңде жіберілген ұсыныстар.
panel-dash-to-decision = Модератор шешіміне дейінгі әдеттегі уақыт (медиана)
panel-dash-to-answer = Жіберілгеннен биліктің жауабына дейінгі әдеттегі уақыт (медиана)
panel-dash-of = { $count } ұсыныс бойынша
panel-dash-guides = Осы кезеңдегі төлем нұсқаулықтары
panel-dash-guide = Нұсқаулық
panel-dash-every-guide = Барлық нұсқаулықтар
panel-dash-measure-started = Бастады
panel-dash-measure-completed = Соңына дейін өтті
panel-dash-measure-paid = Онлайн төледі
panel-dash-total = Барлығы
panel-dash-targets = Бағдарламалардың мақсаттары
panel-target-programme = Бағдарлама
panel-target-measure = Не саналады
panel-target-period = Кезең
panel-target-progress = Орындалуы
panel-target-reached = { $total } ішінен { $count } ({ $percent }%)
panel-target-remove = Жою
panel-target-none = Әзірге мақсат жоқ.
panel-target-new = Жаңа мақсат
panel-target-number = Мақсатты сан
panel-target-save = Мақсатты сақтау
panel-target-saved = Мақсат сақталды.
panel-target-removed = Мақсат жойылды.
panel-target-bad-programme = Бағдарламаның атауын жазыңыз (120 таңбадан аспасын).
panel-target-bad-number = Мақсатты санмен жазыңыз, кемінде 1.
panel-target-bad-period = Кезеңнің бірінші және соңғы күнін жазыңыз, біріншісі соңғысынан бұрын болсын.
panel-target-bad-guide = Мұндай нұсқаулық жоқ.
panel-target-not-allowed = Әкімдіктің мақсаттарын тек оның әкімшілері қояды.

# Әрекеттер журналында осы беттерде істелген істердің атаулары
panel-audit-export = файл жүктеп алды
panel-audit-role-granted = рөл берді
panel-audit-role-revoked = рөлді қайтарып алды
panel-audit-target-set = мақсат қойды
panel-audit-target-removed = мақсатты жойды
