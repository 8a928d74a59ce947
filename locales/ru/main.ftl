# Русский. Просто, вежливо и коротко: для жителей небольших городов и сёл.

language-self-name = Русский

## Первое знакомство и язык

greeting =
    Здравствуйте! Я бот-помощник для тех, кто живёт в { term-municipality.prep }.
    Здесь Вы можете читать объявления, узнать, как оплачивать счета онлайн, участвовать в общественных обсуждениях и отправлять предложения { term-authority.dat }.

    Я буду присылать Вам уведомления { term-authority.gen }. Чтобы отказаться, в любой момент напишите СТОП.

    Пожалуйста, выберите язык:
language-choose = Пожалуйста, выберите язык:
language-changed = Готово. Теперь я пишу Вам по-русски.

## Где живёт житель

place-choose-country = В какой стране Вы живёте?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] В каком муниципалитете Вы живёте?
        [KZ] В каком районе Вы живёте?
        [AM] В какой общине Вы живёте?
        [KG] В каком айыл аймаке Вы живёте?
        [UZ] В каком районе или махалле Вы живёте?
        [TJ] В каком джамоате или районе Вы живёте?
        [TM] В каком этрапе Вы живёте?
       *[other] В каком муниципалитете Вы живёте?
    }
place-choose-community =
    В муниципалитет { $municipality } { $count ->
        [one] входит { $count } населённый пункт
        [few] входят { $count } населённых пункта
        [many] входят { $count } населённых пунктов
       *[other] входят { $count } населённого пункта
    }. В каком из них Вы живёте?
place-community-none = Нет в списке
place-saved = Сохранено: { $place }.
place-not-found = Не удалось найти это место. Пожалуйста, выберите его из списка.
deep-link-unknown = Мне неизвестен код «{ $code }». Пожалуйста, выберите свой муниципалитет из списка.
back = ← Назад

## Главное меню

menu-title = Главное меню. Что Вы хотите сделать?
menu-announcements = 📢 Объявления
menu-payments = 💳 Оплата онлайн
menu-consultations = 🗓 Консультации
menu-proposal = ✍️ Ваше предложение
menu-settings = ⚙️ Настройки
back-to-menu = ← Главное меню
welcome-back = С возвращением! Что Вы хотите сделать?

## Настройки и уведомления

settings-summary =
    Ваши настройки:
    Язык: { $language }
    Место: { $place }
    Уведомления: { $notices ->
        [on] включены
       *[off] выключены
    }
    Напоминания: { $reminders ->
        [on] включены
       *[off] выключены
    }
settings-change-language = 🌐 Сменить язык
settings-change-place = 📍 Сменить место
settings-notices-off = 🔕 Отписаться
settings-notices-on = 🔔 Подписаться
notices-off = Вы больше не будете получать уведомления. Меню по-прежнему доступно. Чтобы снова получать уведомления, напишите СТАРТ.
notices-on-again = Уведомления снова включены.

## Помощь и команды

help =
    Вот чем я могу помочь:
    📢 объявления { term-authority.gen }
    💳 оплата счетов онлайн, шаг за шагом
    🗓 общественные обсуждения и встречи
    ✍️ предложения { term-authority.dat }

    Команды:
    /menu – главное меню
    /language – сменить язык
    /settings – Ваши настройки
    /checkin – отметиться на встрече по коду
    /stop – отключить уведомления (или напишите СТОП)
    /start – начать заново
command-start = Начать заново
command-menu = Главное меню
command-language = Сменить язык
command-settings = Мои настройки
command-help = Что умеет этот бот
command-stop = Отключить уведомления

## Когда ввод не подходит

hint-use-buttons = Извините, я не понимаю. Пожалуйста, нажмите кнопку ниже или напишите её номер.
hint-text-only = Здесь я понимаю только текст и кнопки. Пожалуйста, нажмите кнопку ниже или напишите её номер.
button-expired = Эта кнопка больше не работает. Вот главное меню.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы узнать, что я умею.
edit-not-supported = Я не вижу изменений в уже отправленных сообщениях. Пожалуйста, отправьте новое сообщение.
group-only-private = Я работаю только в личных чатах. Пожалуйста, напишите мне напрямую.
error-generic = Извините, у нас что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.

## Объявления: категории

category-utilities = 💧 Вода, газ, свет
category-council = 🏛 Решения совета
category-budget = 💰 Бюджет
category-hiring = 💼 Вакансии
category-grants = 🏆 Гранты, конкурсы
category-events = 🗓 Мероприятия
category-emergency = 🚨 Экстренные случаи
category-surveys = 📋 Опросы

## Объявления: для жителей

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Это последние объявления.
news-older = ◂ Более ранние
news-none = Объявлений { term-authority.gen } пока нет.
news-no-more = Более ранних объявлений нет.
news-no-place = Пожалуйста, сначала выберите свой муниципалитет в /settings.

## Объявления: для публикующих

announce-not-allowed = Это могут делать только сотрудники { term-authority.gen }, которые публикуют объявления.
announce-choose-municipality = Для какого муниципалитета это объявление?
announce-choose-audience = Кому отправить объявление? Муниципалитет: { $municipality }. Отметьте нужные населённые пункты, затем нажмите «Далее».
announce-audience-all = { $mark } Всем
announce-continue = Далее ▸
announce-choose-category = О чём объявление?
announce-write-text = Пожалуйста, напишите объявление на этом языке: { $language } (не более { $max } символов).
announce-text-too-long = Текст слишком длинный: { $length } при максимуме { $max } символов. Пожалуйста, сократите его и отправьте снова.
announce-add-language = Сохранено. Жители, которые читают на другом языке, получат вариант на самом близком из написанных Вами языков. Добавьте перевод или нажмите «Готово».
announce-languages-done = ✔ Готово
announce-attach = Можно приложить фото или документ (например, PDF решения). Отправьте его сейчас или нажмите «Без вложения».
announce-no-attachment = Без вложения
announce-choose-time = Когда отправить объявление?
announce-send-now = Отправить сейчас
announce-schedule = Выбрать время
announce-now = сейчас
announce-write-time = Пожалуйста, напишите дату и время отправки (местное время, { $municipality }), например: { $example }.
announce-time-invalid = Не удалось разобрать дату. Пожалуйста, напишите её так: { $example }.
announce-time-past = Это время уже прошло. Пожалуйста, укажите время в будущем, например: { $example }.
announce-preview =
    Пожалуйста, проверьте объявление.
    Место: { $place }
    Тема: { $category }
    Языки: { $languages }
    Вложение: { $attachment ->
        [photo] фото
        [document] документ
       *[none] нет
    }
    Когда: { $when }
    Его { $count ->
        [one] получит { $count } житель
        [few] получат { $count } жителя
        [many] получат { $count } жителей
       *[other] получат { $count } жителя
    }.

    { $text }
announce-confirm = ✅ Отправить
announce-cancel = ✖ Отменить
announce-cancelled = Отменено. Ничего не отправлено.
announce-scheduled = Запланировано на { $when }.
announce-sending = Отправляем { $count ->
        [one] { $count } жителю
        [few] { $count } жителям
        [many] { $count } жителям
       *[other] { $count } жителя
    }.
announce-sending-later = Сейчас в { $place } тихие часы. Объявление уйдёт { $count ->
        [one] { $count } жителю
        [few] { $count } жителям
        [many] { $count } жителям
       *[other] { $count } жителя
    } с { $start }.
announce-when-quiet = { $when } (тихие часы: отправка начнётся { $start })
announcements-none = Объявлений пока нет.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] запланировано
        [cancelled] отменено
        [withdrawn] отозвано
       *[released] разослано
    }
    Отправлено: { $sent }, в очереди: { $queued }, не доставлено: { $failed }, заблокировали бота: { $blocked }
    { $text }
announcements-cancel = ✖ Отменить
announcements-correct = ✏️ Исправить
announcements-withdraw = 🗑 Отозвать
announcements-cancelled = Объявление #{ NUMBER($id, useGrouping: 0) } отменено.
announcements-withdrawn = Объявление #{ NUMBER($id, useGrouping: 0) } отозвано. Его копии удаляются из { $count ->
        [one] { $count } чата
        [few] { $count } чатов
        [many] { $count } чатов
       *[other] { $count } чата
    }; итог покажет /announcements.
announcements-withdrawal = Отзыв: удалено { $deleted }, заменено пометкой { $noted }, в очереди { $waiting }, не удалось { $failed }
announcements-choose-language = Текст на каком языке Вы хотите исправить?
announcements-corrected = Объявление #{ NUMBER($id, useGrouping: 0) } исправлено в { $count ->
        [one] { $count } чате
        [few] { $count } чатах
        [many] { $count } чатах
       *[other] { $count } чата
    }.

## Настройки: темы объявлений

settings-reminders-off = ⏰ Не напоминать
settings-reminders-on = ⏰ Напоминать
settings-topics = 🗂 Темы
topics-title = Выберите, какие объявления Вы хотите получать. Нажмите на тему, чтобы включить или выключить её. Предупреждения об экстренных случаях приходят всегда.
topics-saved = Сохранено. Нажмите на тему, чтобы включить или выключить её.

## Информация

news-library = 📚 Информация
library-title = Информация { term-authority.gen }. Выберите тему:
library-empty = Здесь пока нет информации { term-authority.gen }.
library-choose-item = { $category }: выберите материал.
library-acts = 📜 Правовые акты
library-council = 🏛 Решения совета
library-budget = 💰 Исполнение бюджета
library-hiring = 💼 Вакансии
library-integrity = ⚖️ Конфликт интересов
library-contacts = ☎️ Контакты

## Оплата онлайн: инструкции

tutorials-title = Узнайте, как оплачивать онлайн, шаг за шагом. Выберите инструкцию:
tutorials-none = Для Вашей страны пока нет инструкций по оплате.
tutorial-step =
    { $title } · шаг { $number } из { $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = С возвращением! Продолжаем с шага { $number }.
tutorial-first-step = Это первый шаг.
tutorial-next = Далее ▸
tutorial-finish = Готово ▸
tutorial-back = ◂ Назад
tutorial-restart = ↺ Начать заново
tutorial-stuck = 🆘 Не получается
tutorial-did-you-pay = Вам удалось оплатить онлайн?
tutorial-paid-yes = ✅ Да
tutorial-paid-not-yet = ⏳ Ещё нет
tutorial-paid-help = 🆘 Нужна помощь
tutorial-paid-thanks = Отлично, спасибо, что сообщили! Оплата онлайн избавляет Вас от поездки и очереди.
tutorial-not-yet = Ничего страшного. Я напомню Вам через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }. Вы также можете в любое время снова открыть инструкцию из меню.
tutorial-not-yet-no-reminder = Ничего страшного. Вы можете в любое время снова открыть инструкцию из меню.
tutorial-reminder = Здравствуйте! Несколько дней назад Вы смотрели инструкцию «{ $title }». Хотите снова попробовать оплатить онлайн?
tutorial-reminder-open = 📖 К инструкции
tutorial-reminders-off = 🔕 Без напоминаний
tutorial-reminders-stopped = Я больше не буду присылать Вам напоминания об инструкциях.

## Запросы о помощи

help-sent = Ваш вопрос (#{ NUMBER($id, useGrouping: 0) }) передан помощникам в { term-municipality.prep }. Их ответ придёт сюда.
help-stored = Ваш вопрос (#{ NUMBER($id, useGrouping: 0) }) сохранён. Помощники в { term-municipality.prep } ответят здесь, как только смогут.
help-request =
    🆘 Запрос о помощи #{ NUMBER($id, useGrouping: 0) }
    Инструкция: { $title }, шаг { $number } из { $total }
    Язык жителя: { $language }.
help-answer = ✍️ Ответить
help-not-allowed = Ответить на этот запрос могут только помощники { term-municipality.gen }.
help-already-answered = На запрос #{ NUMBER($id, useGrouping: 0) } уже ответили.
help-write-answer = Пожалуйста, напишите ответ на запрос #{ NUMBER($id, useGrouping: 0) }. Житель получит его здесь, в чате с ботом.
help-answer-length = Пожалуйста, напишите ответ не длиннее { $max } символов.
help-answer-sent = Спасибо! Ваш ответ отправлен, запрос #{ NUMBER($id, useGrouping: 0) } закрыт.
help-answer-for-resident =
    💬 Ответ на Ваш вопрос по инструкции «{ $title }»:

    { $answer }
announcement-withdrawn-note = Пожалуйста, не учитывайте это объявление, оно отозвано: «{ $text }»
