# Häkimiýet üçin tekstler (bot/forwarding.py): Telegram topary we e-mail. Diňe ýönekeý tekst.

forward-chat-new = 📨 Ýaşaýjydan täze teklip, moderator tassyklady
forward-body =
    Teklip { $number }
    Kategoriýa: { $category }
    Ýer: { $place }
    Iberildi: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } surat
       *[other] 📷 { $count } surat
    }
forward-location = 📍 Kartada:
forward-answer = ✍️ Jogap bermek
forward-done = ✅ Ýerine ýetirildi
forward-email-subject = Teklip { $number }: { $category }
forward-email-footer = Bu teklibi ýaşaýjy ({ $municipality }) jemgyýetçilik boty arkaly iberdi, moderator tassyklady. Jogabyňyzda { $number } belgisini görkeziň.
