## Қызметкерлердің веб-панелі: тұрғындардың көмек сұраулары

panel-nav-help = Көмек сұраулары
panel-help-title = Көмек сұраулары
panel-help-not-allowed = Сізде бұған рұқсат жоқ. Мұны тек әкімдікте тұрғындардың көмек сұрауларына жауап беретін қызметкерлер көреді.
panel-help-open = Жауап күтіп тұрған сұраулар: { $count }.
panel-help-none = Ашық сұрау жоқ. Рахмет!
panel-help-sent = №{ $id } сұрауға жауабыңыз тұрғынға жіберілуде.
panel-help-asked = Сұрау күні
panel-help-step = Қадам
panel-help-step-of = { $total } қадамның { $number }-і
panel-help-attached = Тұрғын фото немесе дауыстық хабар қосты: оны ботта көруге болады.
panel-help-your-answer = Тұрғынға жауабыңыз
panel-help-send = Жауапты жіберу
panel-help-answered = Соңғы күндері жауап берілгендер: { $days }
panel-help-guide = Нұсқаулық
panel-help-answer = Жауап
panel-help-by = Кім жауап берді
panel-help-already-answered = Бұл сұрауға жауап берілген, мүмкін әріптесіңіз жаңа ғана жауап берген шығар.
panel-help-answer-length = Ең көбі { $max } таңбадан тұратын жауап жазыңыз.
panel-audit-help-answer = көмек сұрауына жауап берді
