## Веб-панель сотрудников: объявления (bot/panel/announcements.py)

panel-nav-announcements = Объявления
panel-ann-title = Объявления
panel-ann-new = Новое объявление
panel-ann-one = Объявление №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Объявлений пока нет.
panel-ann-not-allowed = У Вас нет доступа к этому. Это видят только сотрудники муниципалитета, которые публикуют объявления.
panel-ann-municipality = Муниципалитет
panel-ann-audience = Кто получит
panel-ann-audience-hint = Отметьте сёла, чтобы отправить только им. Если ничего не отмечено, получат все.
panel-ann-everyone = Все жители муниципалитета
panel-ann-topic = Тема
panel-ann-texts = Текст
panel-ann-texts-hint = Напишите текст хотя бы на одном языке, до { $max } знаков на каждом. Жители, которые читают на другом языке, получат самый близкий из написанных.
panel-ann-more-languages = Добавить язык:
panel-ann-attachment = Вложение
panel-ann-attachment-hint = Можно приложить фото или документ, например PDF, до { $mb } МБ.
panel-ann-attachment-remove = Убрать
panel-too-large = Этот файл слишком большой. Пожалуйста, выберите файл поменьше: ограничение написано под полем.
panel-ann-when = Когда
panel-ann-send-now = Отправить сейчас
panel-ann-send-at = В это время ({ $zone }):
panel-ann-now = сейчас
panel-ann-when-quiet = { $when } (тихие часы: отправка начнётся { $start })
panel-ann-preview = Предпросмотр
panel-ann-reach = Его получат { $count ->
        [one] { $count } житель
        [few] { $count } жителя
        [many] { $count } жителей
       *[other] { $count } жителя
    }.
panel-ann-publish = ✅ Отправить
panel-ann-test = Отправить пробную копию мне
panel-ann-test-hint = Пробная копия придёт только в Ваш чат с ботом. Жители её не получат.
panel-ann-test-sent = Пробная копия отправлена в Ваш чат. Жители ничего не получили.
panel-ann-change = Изменить
panel-ann-topic-missing = Пожалуйста, выберите тему.
panel-ann-text-missing = Пожалуйста, напишите текст хотя бы на одном языке.
panel-ann-text-too-long = В тексте на языке «{ $language }» { $length } знаков, а можно не больше { $max }. Пожалуйста, сократите его.
panel-ann-time-invalid = Пожалуйста, выберите дату и время или «Отправить сейчас».
panel-ann-time-past = Это время уже прошло или наступит меньше чем через минуту. Пожалуйста, выберите время позже.
panel-ann-invalid = Это объявление нельзя отправить. Пожалуйста, проверьте форму.
panel-ann-too-late = Этого уже нельзя сделать: объявление тем временем изменилось. Пожалуйста, обновите его страницу.
panel-ann-status-scheduled = запланировано
panel-ann-status-released = отправлено
panel-ann-status-cancelled = отменено
panel-ann-status-withdrawn = отозвано
panel-ann-sent = Отправлено
panel-ann-delivered = Доставлено
panel-ann-read = Прочитано
panel-ann-failed = Ошибка
panel-ann-waiting = Ожидает
panel-ann-number = { $count }
panel-ann-of-reported = { $count } из { $reported }
panel-ann-receipts-note = Только WhatsApp сообщает, доставлено ли сообщение и прочитано ли оно; Telegram этого не сообщает. «—» значит, что это неизвестно. «5 из 8» считает только копии в WhatsApp.
panel-ann-chart-title = Доставка по времени
panel-ann-chart-note = итоги на каждый момент, время { $zone }
panel-ann-chart-empty = Пока ничего не отправлено.
panel-ann-no-receipts = Ни одна копия не ушла в WhatsApp, поэтому доставка и прочтение неизвестны.
panel-ann-correct = ✏️ Исправить текст на языке «{ $language }»
panel-ann-correct-sure = Новый текст на языке «{ $language }» заменит старый в { $count ->
        [one] { $count } чате жителя
        [few] { $count } чатах жителей
        [many] { $count } чатах жителей
       *[other] { $count } чатах жителей
    }. Копии, которые ещё не отправлены ({ $waiting }), уйдут с новым текстом.
panel-ann-correct-yes = ✏️ Да, исправить
panel-ann-back = Назад, ничего не менять
panel-ann-done-sent = Отправлено. Копии в пути; цифры ниже показывают, как идёт доставка.
panel-ann-done-scheduled = Запланировано. Объявление уйдёт в назначенное время.
panel-ann-done-corrected = Исправлено. Копии в чатах жителей изменяются.
panel-ann-done-withdrawn = Отозвано. Копии удаляются из чатов жителей.
panel-ann-done-cancelled = Отменено. Ничего не отправлено.
panel-audit-announcement-publish = отправил(а) объявление
panel-audit-announcement-schedule = запланировал(а) объявление
panel-audit-announcement-test-copy = отправил(а) себе пробную копию
panel-audit-announcement-correct = исправил(а) объявление
panel-audit-announcement-withdraw = отозвал(а) объявление
panel-audit-announcement-cancel = отменил(а) объявление

# Пробная копия в чате сотрудника
announce-test-copy =
    🧪 Пробная копия: жители её не получили.

    { $text }
