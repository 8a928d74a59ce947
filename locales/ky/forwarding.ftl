# Бийлик үчүн тексттер (bot/forwarding.py): Telegram тобу жана e-mail. Жөнөкөй текст гана.

forward-chat-new = 📨 Тургундан жаңы сунуш, модератор жактырган
forward-body =
    Сунуш { $number }
    Категория: { $category }
    Жер: { $place }
    Жөнөтүлдү: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } сүрөт
       *[other] 📷 { $count } сүрөт
    }
forward-location = 📍 Картада:
forward-answer = ✍️ Жооп берүү
forward-done = ✅ Аткарылды
forward-email-subject = Сунуш { $number }: { $category }
forward-email-footer = Бул сунушту коомдук бот аркылуу тургун жөнөттү ({ $municipality }), модератор жактырды. Жообуңузда { $number } номерин көрсөтүңүз.
