# Опросы (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Опросы
survey-list = Опросы, открытые для Вас сейчас. Выберите:
survey-none-open = Сейчас для Вас нет открытых опросов.
survey-invite =
    📋 Опрос: { $title }
    { $intro }

    Пожалуйста, ответьте до { $closes }. Вы можете остановиться в любой момент и продолжить позже.
survey-start = Начать опрос
survey-continue = Продолжить опрос
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Вопрос { $number } из { $total }
    { $text }

    { $how }
survey-how-single = Выберите один ответ.
survey-how-multiple = Отметьте не больше { $max } ответов, затем нажмите «Готово».
survey-how-scale = Выберите от 1 (меньше всего) до 5 (больше всего).
survey-how-number = Пожалуйста, напишите целое число от { $min } до { $max }.
survey-how-text = Пожалуйста, напишите Ваш ответ (не больше { $max } знаков).
survey-scale-value = { $value }
survey-your-answer = Ваш ответ сейчас: { $answer }
survey-done = ✔ Готово
survey-later = ⏸ Продолжить позже
survey-review =
    📋 { $title }
    Вы ответили на все вопросы:
    { $answers }

    Нажмите «Завершить», чтобы отправить ответы. До этого ответ ещё можно изменить.
survey-finish = ✔ Завершить
survey-change = ✏️ Изменить ответ
survey-change-which = Какой ответ Вы хотите изменить?
survey-thanks = Спасибо! Ваши ответы на опрос «{ $title }» сохранены. Когда опрос закроется, Вы получите результаты.
survey-paused = Ваши ответы на опрос «{ $title }» сохранены. Продолжить можно позже из меню.
survey-already-done = Вы уже ответили на опрос «{ $title }». Спасибо!
survey-closed = Опрос «{ $title }» закрыт. Ответы, которые Вы дали, сохранены.
survey-closed-midway = Опрос «{ $title }» закрылся. Ответы, которые Вы успели дать, сохранены и учтены.
survey-reminder = 📋 Опрос «{ $title }» скоро закроется. Вы можете продолжить с того места, где остановились.
survey-hint-buttons = Пожалуйста, отвечайте кнопками.
survey-hint-pick = Пожалуйста, выберите один из показанных ответов.
survey-hint-too-many = Можно отметить не больше { $max } ответов.
survey-hint-number = Пожалуйста, напишите целое число от { $min } до { $max }.
survey-hint-text-empty = Пожалуйста, напишите Ваш ответ (не больше { $max } знаков).
survey-hint-text-long = В Вашем ответе { $length } знаков, а можно не больше { $max }. Пожалуйста, сократите его.
survey-hint-old-button = Эта кнопка от прежнего вопроса. Пожалуйста, ответьте на показанный вопрос.
survey-results-title = 📊 Результаты опроса «{ $title }». Ответили жителей: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Среднее: { $average }
survey-chart-footer = Ответили жителей: { $count }

survey-build-audience = Для кого опрос в муниципалитете { $municipality }? Отметьте населённые пункты или оставьте всех.
survey-build-filter = Только для жителей с определёнными языками или каналами? Отметьте их или ничего не отмечайте — тогда для всех.
survey-build-title = Пожалуйста, напишите название опроса на языке: { $language }.
survey-build-intro = Пожалуйста, напишите короткое вступление или пропустите этот шаг.
survey-build-no-intro = Пропустить
survey-build-kind = Вопросов пока: { $count }. Какой будет следующий вопрос?
survey-kind-single = Один ответ
survey-kind-multiple = Несколько ответов
survey-kind-scale = Шкала 1–5
survey-kind-number = Число
survey-kind-text = Свободный текст
survey-build-questions-done = ✔ Вопросы готовы
survey-build-question = Пожалуйста, напишите вопрос { $number } (не больше { $max } знаков).
survey-build-options = Пожалуйста, напишите варианты ответа, каждый с новой строки: от 2 до { $max } вариантов, каждый не больше { $length } знаков.
survey-build-max-choices = Сколько ответов может отметить житель (от 1 до { $max })? Или пропустите: сколько угодно.
survey-build-max-length = Сколько знаков может быть в ответе (от 1 до { $max })? Или пропустите: { $max }.
survey-build-no-limit = Пропустить
survey-build-bounds = Пожалуйста, напишите наименьшее и наибольшее допустимое число, например: 0-100
survey-build-skip = Переходы: должны ли некоторые ответы вести к более позднему вопросу? Напишите по строке на ответ, например «2 > 5» (ответ 2 ведёт к вопросу 5) или «3 > конец». Это вопрос { $position }.
survey-build-no-skip = Без переходов
survey-build-too-many = В опросе может быть не больше { $max } вопросов.
survey-build-too-long = Пожалуйста, напишите от 1 до { $max } знаков.
survey-build-languages = Добавьте тексты на другом языке или нажмите «Готово».
survey-build-translate-title = Название на языке: { $language }. Оригинал: { $original }
survey-build-translate-intro = Вступление на языке: { $language }. Оригинал: { $original }
survey-build-translate-q = Вопрос на языке: { $language }. Оригинал: { $original }
survey-build-translate-o =
    Варианты ответа на языке: { $language }, каждый с новой строки, в том же порядке. Оригинал:
    { $original }
survey-build-translate-count = Пожалуйста, напишите ровно { $count } вариантов, каждый с новой строки.
survey-build-anonymous = Сделать опрос анонимным? Тогда ни один экран и ни одна выгрузка не покажут, кто ответил.
survey-build-anonymous-yes = Анонимный
survey-build-anonymous-no = Не анонимный
survey-build-opens = Когда открыть опрос? Нажмите «Сейчас» или напишите время ({ $place }), например { $example }.
survey-build-open-now = Сейчас
survey-build-closes = Когда закрыть опрос? Выберите срок или напишите время ({ $place }), например { $example }.
survey-build-closes-past = Время закрытия должно быть позже открытия. Пожалуйста, выберите снова ({ $place }, например { $example }).
survey-days = { $days } дн.
survey-build-time-invalid = Не удалось понять время. Пожалуйста, напишите его так: { $example }.
survey-build-preview =
    Опрос: { $title }
    Вопросов: { $questions }
    Языки: { $languages }
    { $anonymous }
    Открывается: { $opens }
    Закрывается: { $closes }
    Приглашённых жителей: { $count }
survey-build-publish = ✔ Опубликовать
survey-build-cancelled = Опрос не опубликован.
survey-published-open = Опрос №{ $id } открыт. Приглашений в пути: { $count }.
survey-published-later = Опрос №{ $id } откроется { $when }.

poll-question = Быстрый опрос, шаг 1 из 3: пожалуйста, напишите вопрос (не больше { $max } знаков).
poll-closes = Шаг 3 из 3: сколько дней опрос будет открыт? Он откроется сразу после выбора.

survey-staff-none = Опросов пока нет. Создайте опрос командой /survey или /poll.
survey-staff-item =
    №{ $id } { $title }
    { $status } · { $opens } – { $closes }
    Начали: { $started } · Завершили: { $finished }
survey-status-scheduled = Запланирован
survey-status-open = Открыт
survey-status-closed = Закрыт
survey-status-cancelled = Отменён
survey-staff-results = 📊 Результаты
survey-staff-close = Закрыть сейчас
survey-staff-closing = Опрос №{ $id } закрывается: ответы больше не принимаются, результаты уйдут ответившим в течение минуты.
survey-staff-cancelled = Опрос №{ $id } отменён.
survey-staff-figures =
    📊 №{ $id } { $title }
    Приглашено: { $invited } · Начали: { $started } · Завершили: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Среднее { $average } (от { $low } до { $high })
survey-staff-by-community = По населённым пунктам
survey-staff-by-locale = По языкам
survey-staff-by-channel = По каналам
survey-staff-group = { $group }: ответили { $count }
survey-staff-none-group = Не указано
survey-staff-no-answers = Ответов пока нет.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = Ответы на опрос №{ $id }.
