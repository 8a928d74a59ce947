# Hokimiyat uchun matnlar (bot/forwarding.py): Telegram guruhi va e-mail. Faqat oddiy matn.

forward-chat-new = 📨 Aholidan yangi taklif, moderator maʼqullagan
forward-body =
    Taklif { $number }
    Toifa: { $category }
    Joy: { $place }
    Yuborildi: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } ta rasm
       *[other] 📷 { $count } ta rasm
    }
forward-location = 📍 Xaritada:
forward-answer = ✍️ Javob berish
forward-done = ✅ Bajarildi
forward-email-subject = Taklif { $number }: { $category }
forward-email-footer = Bu taklifni jamoat boti orqali aholi yubordi ({ $municipality }), moderator maʼqulladi. Iltimos, javobingizda { $number } raqamini koʻrsating.
