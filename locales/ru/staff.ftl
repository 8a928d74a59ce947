# Сотрудники в чате: выбор вводом, подтверждения, справка по ролям, списки для сотрудников.
typed-choice-ambiguous = Так называются несколько кнопок. Пожалуйста, введите номер нужной: { $numbers }.
event-duration-button = { $minutes } мин
authority-list =
    { $count ->
        [0] Нет предложений, ждущих Вашего ответа.
       *[other] Предложений для ответа: { $count }. Показано здесь: { $shown }. Нажмите «✍️ Ответить» под нужным или введите /answer и его номер.
    }
authority-answered-before = Ваш ответ на данный момент: { $answer }
authority-number-unknown = Предложение { $number } не найдено среди предложений Вашего органа власти. Отправьте /answer, чтобы увидеть список.
announcements-cancel-sure =
    Отменить объявление #{ $id }, запланированное на { $when }? { $count ->
        [one] Его не получит { $count } житель.
        [few] Его не получат { $count } жителя.
        [many] Его не получат { $count } жителей.
       *[other] Его не получат { $count } жителя.
    } Вернуть его будет нельзя.
announcements-withdraw-sure =
    Удалить объявление #{ $id } из чатов { $count ->
        [one] { $count } жителя
        [few] { $count } жителей
        [many] { $count } жителей
       *[other] { $count } жителя
    }? Где удалить уже нельзя, его заменит короткая пометка. Ещё не отправленные копии ({ $waiting }) отправлены не будут. Вернуть его будет нельзя.
announcements-cancel-yes = ✖ Да, отменить
announcements-withdraw-yes = 🗑 Да, удалить
help-staff-title = 🛠 Ваши команды сотрудника:
help-staff-role =
    { $place } · { $role ->
        [moderator] модератор
        [publisher] публикатор
        [authority] сотрудник органа власти
       *[admin] администратор
    }
help-staff-everywhere = Все муниципалитеты
help-requests-not-allowed = Запросы жителей о помощи видят только модераторы.
help-requests-list =
    { $count ->
        [0] Нет запросов о помощи, ждущих ответа.
       *[other] Запросов о помощи ждут ответа: { $count }. Здесь показаны, начиная со старых: { $shown }.
    }
command-queue = Предложения, ждущие решения
command-requests = Запросы жителей о помощи
command-announce = Написать и отправить объявление
command-announcements = Отправленные объявления: отменить, исправить, удалить
command-event = Пригласить жителей на встречу
command-events = Ваши встречи: изменить, отменить, присутствие
command-event_report = Отчёт о встрече
command-answer = Предложения, на которые отвечает Ваш орган власти
authority-done-sure = Отметить предложение { $number } выполненным? Житель получит уведомление, и добавить ответ после этого будет нельзя.
authority-done-yes = ✅ Да, выполнено
