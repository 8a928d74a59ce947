# Səlahiyyətli orqan üçün mətnlər (bot/forwarding.py): Telegram qrupu və e-poçt. Yalnız sadə mətn.

forward-chat-new = 📨 Sakindən yeni təklif, moderator tərəfindən təsdiqlənib
forward-body =
    Təklif { $number }
    Kateqoriya: { $category }
    Yer: { $place }
    Göndərilib: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } foto
       *[other] 📷 { $count } foto
    }
forward-location = 📍 Xəritədə:
forward-answer = ✍️ Cavab vermək
forward-done = ✅ İcra edildi
forward-email-subject = Təklif { $number }: { $category }
forward-email-footer = Bu təklifi { $municipality } sakini icma botu vasitəsilə göndərib, moderator isə təsdiqləyib. Xahiş edirik, cavabınızda { $number } nömrəsini qeyd edəsiniz.
