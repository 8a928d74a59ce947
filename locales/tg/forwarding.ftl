# Матнҳо барои мақомот (bot/forwarding.py): гурӯҳи Telegram ва e-mail. Танҳо матни оддӣ.

forward-chat-new = 📨 Пешниҳоди нав аз сокин, ки модератор тасдиқ кардааст
forward-body =
    Пешниҳоди { $number }
    Категория: { $category }
    Ҷой: { $place }
    Фиристода шуд: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } акс
       *[other] 📷 { $count } акс
    }
forward-location = 📍 Дар харита:
forward-answer = ✍️ Ҷавоб додан
forward-done = ✅ Иҷро шуд
forward-email-subject = Пешниҳоди { $number }: { $category }
forward-email-footer = Ин пешниҳодро сокин ({ $municipality }) тавассути боти ҷамъиятӣ фиристод ва модератор тасдиқ кард. Лутфан, дар ҷавоб рақами { $number }-ро зикр кунед.
