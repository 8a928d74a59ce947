## Веб-панель сотрудников: запросы жителей о помощи

panel-nav-help = Запросы о помощи
panel-help-title = Запросы о помощи
panel-help-not-allowed = У Вас нет доступа к этому. Это видят только сотрудники, которые отвечают на запросы жителей о помощи в муниципалитете.
panel-help-open = { $count ->
        [one] { $count } запрос ждёт ответа.
        [few] { $count } запроса ждут ответа.
        [many] { $count } запросов ждут ответа.
       *[other] { $count } запроса ждут ответа.
    }
panel-help-none = Открытых запросов нет. Спасибо!
panel-help-sent = Ваш ответ на запрос №{ $id } отправляется жителю.
panel-help-asked = Дата запроса
panel-help-step = Шаг
panel-help-step-of = { $number } из { $total }
panel-help-attached = Житель приложил фото или голосовое сообщение: его можно посмотреть в боте.
panel-help-your-answer = Ваш ответ жителю
panel-help-send = Отправить ответ
panel-help-answered = Отвечено за последние дни: { $days }
panel-help-guide = Инструкция
panel-help-answer = Ответ
panel-help-by = Кто ответил
panel-help-already-answered = На этот запрос уже ответили — возможно, коллега только что.
panel-help-answer-length = Пожалуйста, напишите ответ не длиннее { $max } символов.
panel-audit-help-answer = ответил(а) на запрос о помощи
