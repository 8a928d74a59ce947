# Тексты для органа власти (bot/forwarding.py): его группа в Telegram и e-mail. Только простой текст.

forward-chat-new = 📨 Новое предложение жителя, одобренное модератором
forward-body =
    Предложение { $number }
    Категория: { $category }
    Место: { $place }
    Отправлено: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } фотография
        [few] 📷 { $count } фотографии
        [many] 📷 { $count } фотографий
       *[other] 📷 { $count } фотографии
    }
forward-location = 📍 На карте:
forward-answer = ✍️ Ответить
forward-done = ✅ Выполнено
forward-email-subject = Предложение { $number }: { $category }
forward-email-footer = Это предложение житель ({ $municipality }) отправил через бот сообщества, модератор его одобрил. Пожалуйста, укажите в ответе номер { $number }.
