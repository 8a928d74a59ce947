## Консультации: жители

command-checkin = Я на встрече: отметиться
events-title = Ближайшие консультации: { $count }. Выберите, чтобы посмотреть и ответить.
events-item = { $title } · { $when } { $answer }
events-none = Пока нет консультаций для Вашего населённого пункта. Мы пришлём приглашение, когда она будет.
events-all = 🗓 Все консультации
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Онлайн-встреча «Практический совет»
event-kind-seminar = Семинар
event-kind-round_table = Круглый стол
event-kind-dialogue = Заседание диалоговой платформы
event-kind-training = Обучение
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } мин.)
    { $where }

    { $text }
event-where-online = 💻 Онлайн
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 также онлайн
event-place-map = { $place } ({ $link })
event-invite =
    Приглашаем Вас!

    { $details }

    Вы придёте?
event-card =
    { $details }

    Ваш ответ: { $answer }
event-answer-going = приду
event-answer-maybe = возможно
event-answer-cant = не смогу
event-answer-waitlist = в листе ожидания
event-answer-none = пока нет ответа
event-going = ✅ Приду
event-maybe = ❔ Возможно
event-cant = ✖ Не смогу
event-calendar = 📅 В календарь
event-open = 🗓 Открыть
event-here = 📍 Я на месте
event-propose = ✍️ Предложение
event-answered-going = Спасибо! Вы идёте на «{ $title }», { $date } в { $time }. Мы напомним перед началом.
event-answered-maybe = Записали: возможно. Мы напомним о «{ $title }», { $date } в { $time }.
event-answered-cant = Записали: Вы не сможете прийти на «{ $title }». Ответ можно изменить в разделе «Консультации».
event-answered-waitlist = Все места на «{ $title }» заняты. Вы в листе ожидания: если место освободится, оно Ваше, и мы сообщим.
event-link = Ссылка для участия: { $link }
event-calendar-file = «{ $title }»: откройте этот файл, чтобы добавить встречу в календарь.
event-gone = Эта консультация больше недоступна. Вот главное меню.
event-was-cancelled = Отменено: «{ $title }». Вот главное меню.
event-started = «{ $title }» уже началась, ответы закрыты.
event-not-yet = «{ $title }» ещё не прошла.
event-reminder =
    Напоминание: «{ $title }», начало: { $date } в { $time }.
    { $where }
event-reminder-link =
    Напоминание: «{ $title }», начало: { $date } в { $time }.
    { $where }
    Ссылка для участия: { $link }
event-changed =
    «{ $title }»: есть изменения. Новые данные:

    { $details }
event-cancelled-notice = К сожалению, отменено: «{ $title }» ({ $date } в { $time }).
event-promoted = Хорошая новость: освободилось место, и оно Ваше. Вы идёте на «{ $title }», { $date } в { $time }.
event-feedback-ask = Спасибо за участие в «{ $title }». Насколько это было полезно? Выберите от 1 (бесполезно) до 5 (очень полезно).
event-feedback-comment = Спасибо! Хотите добавить комментарий (до { $max } символов)? Напишите его или нажмите «Пропустить».
event-feedback-skip = Пропустить
event-feedback-thanks = Спасибо за отзыв!
event-text-too-long = В этом тексте { $length } символов, а можно не больше { $max }. Пожалуйста, напишите ещё раз.
event-propose-not-yet = Предложения по консультации могут вносить её участники, после её начала.
checkin-ask = Введите код, который показали на встрече (4 цифры).
checkin-wrong = Код неверный. Проверьте код, который показали на встрече, и введите его ещё раз.
checkin-too-many = Слишком много неверных кодов. Обратитесь, пожалуйста, к организаторам.
checkin-closed = Отметиться на «{ $title }» можно за час до начала и до часа после окончания.
checkin-none-now = Сейчас нет консультации, на которой можно отметиться.
checkin-done = Добро пожаловать! Вы отмечены на «{ $title }».

## Консультации: сотрудники

event-not-allowed = Управлять консультациями могут только сотрудники { term-authority.gen }, публикующие объявления.
event-choose-municipality = Для какого муниципалитета эта консультация?
event-choose-audience = Кого пригласить? Муниципалитет: { $municipality }. Отметьте сёла, затем нажмите «Далее».
event-choose-kind = Какой это вид встречи?
event-write-title = Напишите название на языке: { $language } (до { $max } символов).
event-write-text = Теперь краткое описание на языке: { $language } — о чём встреча и для кого (до { $max } символов).
event-add-language = Сохранено. Добавьте перевод или нажмите «Готово».
event-write-time = Когда начало? Введите дату и время по времени { $municipality }, например { $example }.
event-time-invalid = Не удалось прочитать дату. Введите её так: { $example }.
event-time-past = Это время уже прошло. Введите время в будущем, например { $example }.
event-write-duration = Сколько длится встреча? Введите число минут (например, 90) или часы и минуты (1:30), или нажмите кнопку. Число здесь означает минуты.
event-duration-invalid = Введите длительность в минутах (от 15 до { $max }), например 90 или 1:30.
event-write-link = Пришлите ссылку для онлайн-участия (https://...) или нажмите «Без онлайн-ссылки».
event-no-link = Без онлайн-ссылки
event-link-invalid = Это не веб-ссылка. Пришлите ссылку, которая начинается с https://
event-write-place = Где пройдёт встреча? Напишите адрес (до { $max } символов) или отправьте геопозицию.
event-no-place = Только онлайн
event-ask-map = Можно отправить геопозицию, чтобы жители нашли место на карте, или нажмите «Без карты».
event-no-map = Без карты
event-write-capacity = Сколько человек могут участвовать? Введите число или нажмите «Без ограничений».
event-no-limit = Без ограничений
event-capacity-invalid = Введите целое число от 1 до { $max } или нажмите «Без ограничений».
event-preview =
    Проверьте консультацию.

    { $details }

    Мест: { $capacity ->
        [0] без ограничений
       *[other] { $capacity }
    }
    Языки: { $languages }
    Будет приглашено жителей: { $count }
event-publish = ✅ Опубликовать
event-draft-cancelled = Отменено. Ничего не опубликовано.
event-published = Опубликовано. Приглашений в очереди: { $count }. Код для отметки на встрече: { $code }
events-admin-none = Консультаций пока нет. Создайте её командой /event.
event-status-scheduled = запланирована
event-status-cancelled = отменена
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Придут: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }из { $capacity }
    } · Возможно: { $maybe } · Лист ожидания: { $waitlist }
    Код для отметки: { $code }
event-edit = ✏️ Изменить
event-cancel = ✖ Отменить встречу
event-attendance = ☑️ Посещаемость
event-report = 📊 Отчёт
event-edit-what = Что изменить? Все, кто ответил, получат уведомление.
event-field-time = 🕒 Дата и время
event-field-dur = ⏱ Длительность
event-field-link = 💻 Онлайн-ссылка
event-field-place = 📍 Место
event-field-cap = 👥 Места
event-edit-time = Введите новые дату и время, например { $example }.
event-edit-dur = Введите новую длительность в минутах, например 90.
event-edit-link = Пришлите новую ссылку (https://...).
event-edit-place = Напишите новый адрес (до { $max } символов) или отправьте геопозицию.
event-edit-cap = Введите новое число мест.
event-saved = Сохранено. Уведомлено жителей: { $count }.
event-cancel-confirm = Отменить «{ $title }»? { $count ->
        [one] Уведомление получит { $count } ответивший житель.
        [few] Уведомление получат { $count } ответивших жителя.
        [many] Уведомление получат { $count } ответивших жителей.
       *[other] Уведомление получат { $count } ответивших жителя.
    } Вернуть встречу будет нельзя.
event-cancel-yes = ✖ Да, отменить
event-cancelled = Консультация отменена. Уведомлено жителей: { $count }.
event-closed = Эту консультацию уже нельзя изменить (она отменена или прошла).
event-attendance-none = Пока никто не ответил, что придёт.
event-attendance-title = Отметьте пришедших (ответили «приду»: { $count }). ✅ — присутствовал.
event-report-choose = Какая консультация?
event-report-text =
    Отчёт #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Приглашено: { $invited }
    Придут: { $going } · Возможно: { $maybe } · Не смогут: { $cant } · Лист ожидания: { $waitlist }
    Присутствовали: { $attended }
    Отзывы: { $count }, средняя оценка { $average } из 5
    Комментарии:
    { $comments }

## Предложения с консультации, в пересылке органу власти

forward-event = Внесено на встрече: { $title } ({ $when })
