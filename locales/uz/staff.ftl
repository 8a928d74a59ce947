# Chatdagi xodimlar: yozilgan tanlovlar, tasdiqlar, rol boʻyicha yordam, xodimlar uchun roʻyxatlar.
typed-choice-ambiguous = Bir necha tugmada shu soʻz bor. Iltimos, keraklisining raqamini yozing: { $numbers }.
event-duration-button = { $minutes } daq.
authority-list =
    { $count ->
        [0] Javobingizni kutayotgan taklif yoʻq.
       *[other] Javob kutayotgan takliflar: { $count }. Bu yerda koʻrsatilgan: { $shown }. Javob berish uchun taklif ostidagi “✍️ Javob berish” tugmasini bosing yoki /answer va uning raqamini yozing.
    }
authority-answered-before = Hozirgi javobingiz: { $answer }
authority-number-unknown = Hokimiyatingiz takliflari orasida { $number } taklif topilmadi. Roʻyxatni koʻrish uchun /answer yuboring.
announcements-cancel-sure =
    { $when } ga rejalashtirilgan #{ NUMBER($id, useGrouping: 0) } eʼlon bekor qilinsinmi? { $count ->
        [one] { $count } nafar aholi uni olmaydi.
       *[other] { $count } nafar aholi uni olmaydi.
    } Buni qaytarib boʻlmaydi.
announcements-withdraw-sure =
    #{ NUMBER($id, useGrouping: 0) } eʼlon { $count ->
        [one] { $count } nafar aholining chatidan
       *[other] { $count } nafar aholining chatlaridan
    } qaytarib olinsinmi? Oʻchirib boʻlmaydigan joyda uning oʻrniga qisqa izoh qoʻyiladi. Hali yuborilmagan nusxalar ({ $waiting }) yuborilmaydi. Buni qaytarib boʻlmaydi.
announcements-cancel-yes = ✖ Ha, bekor qilish
announcements-withdraw-yes = 🗑 Ha, qaytarib olish
help-staff-title = 🛠 Xodim buyruqlaringiz:
help-staff-role =
    { $place } · { $role ->
        [moderator] moderator
        [publisher] eʼlon beruvchi
        [authority] hokimiyat xodimi
       *[admin] administrator
    }
help-staff-everywhere = Barcha mahallalar
help-requests-not-allowed = Aholining yordam soʻrovlarini faqat moderatorlar koʻra oladi.
help-requests-list =
    { $count ->
        [0] Javob kutayotgan yordam soʻrovi yoʻq.
       *[other] Javob kutayotgan yordam soʻrovlari: { $count }. Bu yerda, eng eskisidan boshlab: { $shown }.
    }
command-queue = Qaror kutayotgan takliflar
command-requests = Aholining javob kutayotgan yordam soʻrovlari
command-announce = Eʼlon yozish va yuborish
command-announcements = Yuborilgan eʼlonlar: bekor qilish, tuzatish, qaytarib olish
command-event = Aholini muhokamaga taklif qilish
command-events = Muhokamalaringiz: oʻzgartirish, bekor qilish, qatnashuv
command-event_report = Muhokama hisoboti
command-answer = Hokimiyatingiz javob beradigan takliflar
authority-done-sure = { $number } taklif bajarildi deb belgilansinmi? Aholiga bajarilgani aytiladi, shundan keyin javob qoʻshib boʻlmaydi.
authority-done-yes = ✅ Ha, bajarildi
