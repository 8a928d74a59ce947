## Веб-панель сотрудников и инструменты очереди в чате

panel-staff-only = Веб-панель — для сотрудников муниципалитета. Если Вы работаете в муниципалитете, попросите администратора выдать Вам роль.
panel-link =
    Ваша ссылка на веб-панель сотрудников:
    { $link }

    Она действует один раз и { $minutes } минут. Не передавайте её другим.
panel-open = 🖥 Открыть панель

moderation-queue-page = { $what }: { $count ->
        [one] показано { $count } предложение.
        [few] показано { $count } предложения.
        [many] показано { $count } предложений.
       *[other] показано { $count } предложения.
    }
moderation-queue-empty = { $what }: больше предложений нет.
moderation-queue-next = Следующая страница ▸
moderation-queue-filter = 🔎 Фильтр
moderation-queue-filters = Сейчас показано: { $status }. Выберите статус или тему внутри него.
moderation-card-status = Статус: { $status }
moderation-open-how = Напишите номер предложения после /p, например: /p QUB-2026-0042
moderation-open-not-found = Предложение { $number } не найдено в муниципалитетах, которые Вы модерируете.

panel-title = Панель сотрудников
panel-nav-queue = Очередь модерации
panel-nav-audit = Журнал действий
panel-language = Язык
panel-apply = Применить
panel-logout = Выйти
panel-logout-all = Выйти на всех устройствах
panel-signin-title = Вход
panel-signin-how = Чтобы войти, отправьте боту /panel в личном чате и откройте ссылку, которую он пришлёт.
panel-login-confirm = Нажмите кнопку, чтобы войти в панель сотрудников. Ссылка действует только один раз.
panel-login-button = Войти
panel-link-refused = Эта ссылка больше не действует: ею уже воспользовались или прошло больше 10 минут. Отправьте боту /panel ещё раз.
panel-signed-out = Вы вышли из панели.
panel-signed-out-everywhere = Вы вышли из панели на всех устройствах.
panel-csrf-refused = Запрос отклонён: он пришёл не со страницы панели. Обновите страницу и попробуйте ещё раз.
panel-not-allowed = У Вас нет доступа к этому. Это видят только модераторы муниципалитета.
panel-not-found = По этому адресу ничего не найдено.

panel-queue-title = Очередь модерации
panel-queue-pending = { $count ->
        [one] { $count } предложение ждёт решения.
        [few] { $count } предложения ждут решения.
        [many] { $count } предложений ждут решения.
       *[other] { $count } предложения ждут решения.
    }
panel-queue-pending-many = Решения ждут не меньше { $count } предложений.
panel-queue-empty = Нет предложений, подходящих под эти фильтры.
panel-filter-status = Статус
panel-filter-category = Тема
panel-filter-community = Населённый пункт
panel-filter-since = С
panel-filter-until = По
panel-filter-search = Номер или слова
panel-filter-any = Любой
panel-filter-apply = Показать
panel-col-number = Номер
panel-col-submitted = Отправлено
panel-col-place = Место
panel-col-category = Тема
panel-col-text = Текст
panel-col-status = Статус
panel-col-when = Когда
panel-col-what = Что
panel-col-who = Кто
panel-col-channel = Канал
panel-col-target = Куда
panel-col-sent = Отправлено в
panel-col-error = Ошибка
panel-next-page = Следующая страница ▸
panel-first-page = ◂ Первая страница
panel-bulk-title = С отмеченными предложениями
panel-bulk-approve = ✅ Одобрить все отмеченные
panel-bulk-reject = ❌ Отклонить все отмеченные
panel-bulk-done = { $count ->
        [one] Решение принято по { $count } предложению.
        [few] Решение принято по { $count } предложениям.
        [many] Решение принято по { $count } предложениям.
       *[other] Решение принято по { $count } предложениям.
    }

panel-location = Место на карте
panel-open-map = Открыть карту
panel-photos = Фотографии
panel-photo = Фото { $number }
panel-photo-in-telegram = Фото { $number } (в Telegram)
panel-approve = ✅ Одобрить
panel-reject = ❌ Отклонить
panel-reason = Причина
panel-note = Примечание
panel-ask-changes = ✏️ Запросить правки
panel-what-to-change = Что исправить
panel-duplicate = 🔁 Повтор предложения
panel-original = Номер исходного предложения
panel-undo = ↩ Отменить решение
panel-decided-by = Решение принял(а): { $who }
panel-answer = Ответ органа власти
panel-history = История
panel-forwards = Передача органу власти
panel-no-forwards = Ещё не передано.
panel-decided = Сохранено. Ни житель, ни орган власти ничего не получат, пока не истечёт время для отмены.
panel-undone = Решение отменено.
panel-already-decided = По этому предложению уже принял решение другой сотрудник.
panel-original-not-found = В этом муниципалитете нет предложения с таким номером.
panel-decision-incomplete = Заполните то, что нужно для этого решения: причину или слова для жителя.
panel-too-late = Отменить это решение уже нельзя.
panel-delivery-queued = ожидает
panel-delivery-sending = отправляется
panel-delivery-sent = доставлено
panel-delivery-failed = не доставлено
panel-delivery-skipped = пропущено

panel-audit-title = Журнал действий
panel-audit-empty = По этим фильтрам ничего не записано.
panel-older = Более ранние записи ▸
panel-audit-login = вошёл(а) в панель
panel-audit-logout = вышел(а) из панели
panel-audit-logout-all = вышел(а) на всех устройствах
panel-audit-bulk-approved = одобрил(а) несколько сразу
panel-audit-bulk-rejected = отклонил(а) несколько сразу
panel-event-forward-sent = передача доставлена
panel-event-forward-failed = передачу не удалось доставить
