# Билік органына арналған мәтіндер (bot/forwarding.py): Telegram тобы және e-mail. Тек қарапайым мәтін.

forward-chat-new = 📨 Тұрғынның жаңа ұсынысы, модератор мақұлдады
forward-body =
    Ұсыныс { $number }
    Санаты: { $category }
    Орны: { $place }
    Жіберілген уақыты: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } фотосурет
       *[other] 📷 { $count } фотосурет
    }
forward-location = 📍 Картада:
forward-answer = ✍️ Жауап беру
forward-done = ✅ Орындалды
forward-email-subject = Ұсыныс { $number }: { $category }
forward-email-footer = Бұл ұсынысты тұрғын ({ $municipality }) қоғамдастық боты арқылы жіберді, модератор оны мақұлдады. Жауабыңызда { $number } нөмірін көрсетуіңізді сұраймыз.
