## Веб-панель сотрудников: консультации (для публикующих)

panel-nav-events = Консультации
panel-events-title = Консультации
panel-events-not-allowed = У Вас нет доступа к этому. Это видят только сотрудники, которые публикуют консультации муниципалитета.
panel-events-upcoming = Предстоящие
panel-events-past = Прошедшие
panel-events-none = Здесь пока нет консультаций.
panel-event-new = Новая консультация
panel-col-event = Консультация
panel-col-going = Придут
panel-col-maybe = Может быть
panel-col-cant = Не смогут
panel-col-waitlist = Лист ожидания
panel-col-attended = Пришли
panel-col-resident = Житель
panel-col-answer = Ответ
panel-col-answered = Дата ответа

# Форма
panel-event-who = Кого пригласить
panel-event-communities = Приглашённые сёла (если ничего не отмечено — весь муниципалитет):
panel-event-kind = Вид
panel-event-what = Название и описание
panel-event-other-languages = Другие языки (по желанию)
panel-event-title-in = Название ({ $language })
panel-event-text-in = Описание ({ $language })
panel-event-when-where = Время и место
panel-event-start = Начало (местное время муниципалитета)
panel-event-minutes = Длительность в минутах
panel-event-link = Ссылка для участия онлайн (по желанию)
panel-event-place = Адрес (можно не указывать, если есть ссылка)
panel-event-capacity = Мест (пусто — без ограничения)
panel-event-invite-hint = Жители выбранных мест получат приглашение в боте сразу после публикации.
panel-event-create = Опубликовать и пригласить
panel-event-error-time = Пожалуйста, укажите дату и время начала.
panel-event-error-too-soon = Это время уже прошло или слишком близко. Пожалуйста, выберите более позднее начало.
panel-event-error-minutes = Пожалуйста, укажите длительность целым числом минут, от 15 до { $max }.
panel-event-error-link = Пожалуйста, укажите полную ссылку, которая начинается с https://
panel-event-error-place = Адрес слишком длинный: не больше { $max } символов.
panel-event-error-capacity = Пожалуйста, укажите число мест целым числом, не больше { $max }.
panel-event-error-text = Пожалуйста, напишите название (до { $number } символов) и описание (до { $max }) на каждом языке, который Вы заполняете.
panel-event-error-where = Пожалуйста, укажите ссылку для участия онлайн, адрес или и то и другое.
panel-event-error-nothing = Ничего не изменилось.
panel-event-error-incomplete = В форме чего-то не хватает. Пожалуйста, проверьте её и попробуйте ещё раз.

# Изменение и отмена
panel-event-edit-title = Изменить «{ $title }»
panel-event-edit-hint = Жители, которые ответили, узнают о новом времени, длительности, ссылке или адресе. Если мест станет больше, люди из листа ожидания получат места.
panel-event-save = Сохранить
panel-event-cancel-title = Отменить «{ $title }»?
panel-event-cancel-confirm = { $count ->
        [one] { $count } житель, который ответил, узнает об отмене. Это нельзя будет вернуть.
        [few] { $count } жителя, которые ответили, узнают об отмене. Это нельзя будет вернуть.
        [many] { $count } жителей, которые ответили, узнают об отмене. Это нельзя будет вернуть.
       *[other] { $count } жителя, которые ответили, узнают об отмене. Это нельзя будет вернуть.
    }
panel-event-cancel-yes = Да, отменить
panel-event-cancel-back = Нет, вернуться
panel-event-created = Опубликовано. Приглашений в очереди: { $count }.
panel-event-saved = Сохранено. Жителям сообщено об изменении: { $count }.
panel-event-cancelled = Консультация отменена. Жителям сообщено: { $count }.
panel-event-closed = Эту консультацию больше нельзя изменить: она прошла или отменена.

# Одна консультация
panel-event-duration = { $minutes } мин
panel-event-where = Где
panel-event-places = Мест
panel-event-code = Код отметки
panel-event-invited = Приглашения
panel-event-edit = ✏️ Изменить
panel-event-cancel = ✖ Отменить консультацию
panel-event-answers = Ответы
panel-event-answers-none = Пока никто не ответил.
panel-event-by-checkin = отметился сам
panel-event-by-staff = отмечен сотрудником
panel-event-waitlist = Лист ожидания, по очереди
panel-event-feedback = Отзывы
panel-event-feedback-line = { $count ->
        [one] { $count } оценка, в среднем { $average } из 5.
        [few] { $count } оценки, в среднем { $average } из 5.
        [many] { $count } оценок, в среднем { $average } из 5.
       *[other] { $count } оценки, в среднем { $average } из 5.
    }
panel-event-feedback-none = Оценок пока нет.
panel-event-summary = Текст для прессы
panel-event-summary-hint = Короткий текст о консультации на Вашем языке. Выделите и скопируйте его.

# Сам текст
panel-summary-cancelled = { $kind } «{ $title }» ({ $municipality }), назначенная на { $when }, отменена.
panel-summary-planned = { $when } { $municipality } проводит консультацию: { $kind } «{ $title }». Место: { $where }.
panel-summary-held = { $when } { $municipality } провёл консультацию: { $kind } «{ $title }». Место: { $where }.
panel-summary-people = { $count ->
        [one] Участвовал { $count } житель (прийти собирались: { $going }).
        [few] Участвовали { $count } жителя (прийти собирались: { $going }).
        [many] Участвовали { $count } жителей (прийти собирались: { $going }).
       *[other] Участвовали { $count } жителя (прийти собирались: { $going }).
    }
panel-summary-proposals = { $count ->
        [one] Участники внесли { $count } предложение:
        [few] Участники внесли { $count } предложения:
        [many] Участники внесли { $count } предложений:
       *[other] Участники внесли { $count } предложения:
    }
panel-summary-no-proposals = На консультации предложений не поступило.
panel-summary-feedback = { $count ->
        [one] Оценку дал { $count } участник: в среднем { $average } из 5.
        [few] Оценки дали { $count } участника: в среднем { $average } из 5.
        [many] Оценки дали { $count } участников: в среднем { $average } из 5.
       *[other] Оценки дали { $count } участника: в среднем { $average } из 5.
    }
panel-summary-where-both = { $place }, а также онлайн
panel-summary-where-online = онлайн

# Журнал действий
panel-audit-event-create = опубликовал(а) консультацию
panel-audit-event-edit = изменил(а) консультацию
panel-audit-event-cancel = отменил(а) консультацию
