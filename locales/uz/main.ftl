# Oʻzbekcha (lotin). Oddiy, xushmuomala va qisqa: kichik shahar va qishloq aholisi uchun.

language-self-name = Oʻzbekcha

## First contact and language

greeting =
    Assalomu alaykum! Men { term-municipality.loc } yashovchilar uchun jamoat botiman.
    Bu yerda eʼlonlarni oʻqishingiz, toʻlovlarni onlayn qilishni oʻrganishingiz, muhokamalarda qatnashishingiz va { term-authority.dat } taklif yuborishingiz mumkin.

    Sizga { term-authority.gen } xabarlarini yuboraman. Ularni istalgan vaqtda toʻxtatish uchun TOʻXTAT deb yozing.

    Iltimos, tilni tanlang:
language-choose = Iltimos, tilni tanlang:
language-changed = Tayyor. Endi Sizga oʻzbekcha yozaman.

## Where the resident lives

place-choose-country = Qaysi davlatda yashaysiz?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Qaysi munitsipalitetda yashaysiz?
        [KZ] Qaysi tumanda yashaysiz?
        [AM] Qaysi jamoada yashaysiz?
        [KG] Qaysi ayil aymagʻida yashaysiz?
        [UZ] Qaysi tuman yoki mahallada yashaysiz?
        [TJ] Qaysi jamoat yoki tumanda yashaysiz?
        [TM] Qaysi etrapda yashaysiz?
       *[other] Qaysi mahallada yashaysiz?
    }
place-choose-community =
    { $municipality }: { $count ->
        [one] { $count } ta aholi punkti
       *[other] { $count } ta aholi punkti
    }. Qaysi birida yashaysiz?
place-community-none = Roʻyxatda yoʻq
place-saved = Saqlandi: { $place }.
place-not-found = Bu joyni topa olmadim. Iltimos, roʻyxatdan tanlang.
deep-link-unknown = “{ $code }” kodini bilmayman. Iltimos, mahallangizni roʻyxatdan tanlang.
back = ← Orqaga

## Main menu

menu-title = Bosh menyu. Nima qilmoqchisiz?
menu-announcements = 📢 Eʼlonlar
menu-payments = 💳 Onlayn toʻlash
menu-consultations = 🗓 Muhokamalar
menu-proposal = ✍️ Taklif yuborish
menu-settings = ⚙️ Sozlamalar
back-to-menu = ← Bosh menyu
welcome-back = Xush kelibsiz! Nima qilmoqchisiz?

## Settings and notices

settings-summary =
    Sozlamalaringiz:
    Til: { $language }
    Joy: { $place }
    Xabarlar: { $notices ->
        [on] yoqilgan
       *[off] oʻchirilgan
    }
    Eslatmalar: { $reminders ->
        [on] yoqilgan
       *[off] oʻchirilgan
    }
settings-change-language = 🌐 Tilni oʻzgartirish
settings-change-place = 📍 Joyni oʻzgartirish
settings-notices-off = 🔕 Xabarni oʻchirish
settings-notices-on = 🔔 Xabarni yoqish
notices-off = Endi xabar olmaysiz. Menyudan foydalanishingiz mumkin. Qayta olish uchun BOSHLA deb yozing.
notices-on-again = Xabarlar qayta yoqildi.

## Help and commands

help =
    Men quyidagilarda yordam beraman:
    📢 { term-authority.gen } eʼlonlari
    💳 toʻlovlarni onlayn qilish, qadamma-qadam
    🗓 muhokamalar va uchrashuvlar
    ✍️ { term-authority.dat } takliflar

    Buyruqlar:
    /menu – bosh menyu
    /language – tilni oʻzgartirish
    /settings – sozlamalaringiz
    /checkin – muhokamada kod bilan roʻyxatdan oʻtish
    /stop – xabarlarni toʻxtatish (yoki TOʻXTAT deb yozing)
    /start – qaytadan boshlash
command-start = Qaytadan boshlash
command-menu = Bosh menyu
command-language = Tilni oʻzgartirish
command-settings = Sozlamalarim
command-help = Bot nima qila oladi
command-stop = Xabarlarni toʻxtatish

## When input does not fit

hint-use-buttons = Kechirasiz, tushunmadim. Iltimos, quyidagi tugmani bosing yoki uning raqamini yozing.
hint-text-only = Bu yerda faqat matn va tugmalarni oʻqiy olaman. Iltimos, quyidagi tugmani bosing yoki uning raqamini yozing.
button-expired = Bu tugma endi ishlamaydi. Mana bosh menyu.
unknown-command = Bu buyruqni bilmayman. Nima qila olishimni koʻrish uchun /help yuboring.
edit-not-supported = Yuborilgan xabarlardagi oʻzgarishlarni koʻrmayman. Iltimos, yangi xabar yuboring.
group-only-private = Men faqat shaxsiy chatda ishlayman. Iltimos, menga bevosita yozing.
error-generic = Kechirasiz, bizda xatolik yuz berdi. Iltimos, bir daqiqadan soʻng qayta urinib koʻring.

## Announcements: categories

category-utilities = 💧 Suv, gaz, elektr
category-council = 🏛 Kengash qarorlari
category-budget = 💰 Byudjet
category-hiring = 💼 Ish oʻrinlari
category-grants = 🏆 Grantlar, tanlovlar
category-events = 🗓 Tadbirlar
category-emergency = 🚨 Favqulodda holat
category-surveys = 📋 Soʻrovnomalar

## Announcements: residents

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Bular soʻnggi eʼlonlar.
news-older = ◂ Oldingilar
news-none = Hozircha { term-authority.gen } eʼlonlari yoʻq.
news-no-more = Oldingi eʼlonlar yoʻq.
news-no-place = Iltimos, avval /settings boʻlimida mahallangizni tanlang.

## Announcements: publishers

announce-not-allowed = Buni faqat eʼlon joylaydigan { term-authority } xodimlari qila oladi.
announce-choose-municipality = Bu eʼlon qaysi mahalla uchun?
announce-choose-audience = Kimlar oladi? Mahalla: { $municipality }. Aholi punktlarini bosib tanlang, soʻng “Davom etish” tugmasini bosing.
announce-audience-all = { $mark } Hammasi
announce-continue = Davom etish ▸
announce-choose-category = Eʼlon nima haqida?
announce-write-text = Iltimos, eʼlonni yozing. Til: { $language } ({ $max } belgigacha).
announce-text-too-long = Bu matnda { $length } belgi bor; chegara { $max }. Iltimos, qisqartirib, qayta yuboring.
announce-add-language = Saqlandi. Boshqa tilda oʻqiydigan aholi Siz yozgan eng yaqin tilni oladi. Tarjima qoʻshing yoki “Tayyor” tugmasini bosing.
announce-languages-done = ✔ Tayyor
announce-attach = Rasm yoki hujjat (masalan, qarorning PDF fayli) biriktirishingiz mumkin. Hozir yuboring yoki “Ilovasiz” tugmasini bosing.
announce-no-attachment = Ilovasiz
announce-choose-time = Qachon yuborilsin?
announce-send-now = Hozir yuborish
announce-schedule = Vaqt tanlash
announce-now = hozir
announce-write-time = Iltimos, sana va vaqtni yozing (mahalliy vaqt, { $municipality }), masalan { $example }.
announce-time-invalid = Bu sanani oʻqiy olmadim. Iltimos, shunday yozing: { $example }.
announce-time-past = Bu vaqt oʻtib ketdi. Iltimos, kelajakdagi vaqtni yozing, masalan { $example }.
announce-preview =
    Iltimos, eʼlonni tekshiring.
    Joy: { $place }
    Mavzu: { $category }
    Tillar: { $languages }
    Ilova: { $attachment ->
        [photo] rasm
        [document] hujjat
       *[none] yoʻq
    }
    Qachon: { $when }
    Oluvchilar: { $count ->
        [one] { $count } nafar aholi
       *[other] { $count } nafar aholi
    }.

    { $text }
announce-confirm = ✅ Yuborish
announce-cancel = ✖ Bekor qilish
announce-cancelled = Bekor qilindi. Hech narsa yuborilmadi.
announce-scheduled = Rejalashtirildi: { $when }.
announce-sending = Yuborilmoqda. Oluvchilar: { $count ->
        [one] { $count } nafar aholi
       *[other] { $count } nafar aholi
    }.
announce-sending-later = Hozir tinch soatlar (joy: { $place }). Eʼlon { $start } dan yuboriladi. Oluvchilar: { $count ->
        [one] { $count } nafar aholi
       *[other] { $count } nafar aholi
    }.
announce-when-quiet = { $when } (tinch soatlar: yuborish { $start } da boshlanadi)
announcements-none = Hozircha eʼlon yoʻq.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] rejalashtirilgan
        [cancelled] bekor qilingan
        [withdrawn] qaytarib olingan
       *[released] yuborilgan
    }
    Yetkazildi: { $sent }, navbatda: { $queued }, xato: { $failed }, bloklangan: { $blocked }
    { $text }
announcements-cancel = ✖ Bekor qilish
announcements-correct = ✏️ Tuzatish
announcements-withdraw = 🗑 Qaytarib olish
announcements-cancelled = Eʼlon #{ NUMBER($id, useGrouping: 0) } bekor qilindi.
announcements-withdrawn = Eʼlon #{ NUMBER($id, useGrouping: 0) } qaytarib olindi. Uning nusxalari chatlardan oʻchirilmoqda ({ $count ->
        [one] { $count } ta chat
       *[other] { $count } ta chat
    }); natijani /announcements koʻrsatadi.
announcements-withdrawal = Qaytarib olish: oʻchirildi { $deleted }, izoh bilan almashtirildi { $noted }, navbatda { $waiting }, xato { $failed }
announcements-choose-language = Qaysi tildagisini tuzatasiz?
announcements-corrected = Eʼlon #{ NUMBER($id, useGrouping: 0) } tuzatildi ({ $count ->
        [one] { $count } ta chat
       *[other] { $count } ta chat
    }).

## Settings: announcement topics

settings-reminders-off = ⏰ Eslatmani oʻchir
settings-reminders-on = ⏰ Eslatmani yoq
settings-topics = 🗂 Mavzular
topics-title = Qaysi eʼlonlarni olishni xohlaysiz? Mavzuni bosib, yoqing yoki oʻchiring. Favqulodda ogohlantirishlar doim keladi.
topics-saved = Saqlandi. Mavzuni bosib, yoqing yoki oʻchiring.

## Information library

news-library = 📚 Maʼlumot
library-title = Bu yerda { term-authority.gen } maʼlumotlari. Mavzuni tanlang:
library-empty = Bu yerda hali { term-authority.gen } maʼlumotlari yoʻq.
library-choose-item = { $category }: tanlang.
library-acts = 📜 Huquqiy hujjatlar
library-council = 🏛 Kengash qarorlari
library-budget = 💰 Byudjet ijrosi
library-hiring = 💼 Ish oʻrinlari
library-integrity = ⚖️ Manfaat toʻqnashuvi
library-contacts = ☎️ Aloqa

## Pay online: tutorials

tutorials-title = Onlayn toʻlashni qadamma-qadam oʻrganing. Qoʻllanmani tanlang:
tutorials-none = Davlatingiz uchun hozircha toʻlov qoʻllanmalari yoʻq.
tutorial-step =
    { $title } · { $number }-qadam, jami { $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Xush kelibsiz! { $number }-qadamdan davom etamiz.
tutorial-first-step = Bu birinchi qadam.
tutorial-next = Keyingi ▸
tutorial-finish = Tayyor ▸
tutorial-back = ◂ Orqaga
tutorial-restart = ↺ Boshidan
tutorial-stuck = 🆘 Tushunmadim
tutorial-did-you-pay = Onlayn toʻlay oldingizmi?
tutorial-paid-yes = ✅ Ha
tutorial-paid-not-yet = ⏳ Hali yoʻq
tutorial-paid-help = 🆘 Yordam kerak
tutorial-paid-thanks = Barakalla, aytganingiz uchun rahmat! Onlayn toʻlov yoʻl va navbatdan qutqaradi.
tutorial-not-yet = Hechqisi yoʻq. { $days ->
        [one] { $days } kundan
       *[other] { $days } kundan
    } keyin eslataman. Qoʻllanmani istalgan vaqtda menyudan qayta ochishingiz mumkin.
tutorial-not-yet-no-reminder = Hechqisi yoʻq. Qoʻllanmani istalgan vaqtda menyudan qayta ochishingiz mumkin.
tutorial-reminder = Assalomu alaykum! Bir necha kun oldin “{ $title }” qoʻllanmasini koʻrgan edingiz. Onlayn toʻlashni yana bir bor sinab koʻrasizmi?
tutorial-reminder-open = 📖 Qoʻllanmani ochish
tutorial-reminders-off = 🔕 Eslatmasiz
tutorial-reminders-stopped = Endi qoʻllanmalar haqida eslatma yubormayman.

## Help requests

help-sent = Savolingiz (#{ NUMBER($id, useGrouping: 0) }) { term-municipality.gen } yordamchilariga yuborildi. Javob shu yerga keladi.
help-stored = Savolingiz (#{ NUMBER($id, useGrouping: 0) }) saqlandi. Imkon qadar tez { term-municipality.gen } yordamchilari shu yerda javob beradi.
help-request =
    🆘 Yordam soʻrovi #{ NUMBER($id, useGrouping: 0) }
    Qoʻllanma: { $title }, { $number }-qadam, jami { $total }
    Aholi tili: { $language }.
help-answer = ✍️ Javob berish
help-not-allowed = Bu soʻrovga faqat shu { term-municipality } yordamchilari javob bera oladi.
help-already-answered = #{ NUMBER($id, useGrouping: 0) } soʻrovga javob berilgan.
help-write-answer = Iltimos, #{ NUMBER($id, useGrouping: 0) } soʻrovga javobingizni yozing. Aholi uni bot bilan chatda oladi.
help-answer-length = Iltimos, { $max } belgigacha javob yozing.
help-answer-sent = Rahmat! Javobingiz yuborildi; #{ NUMBER($id, useGrouping: 0) } soʻrov yopildi.
help-answer-for-resident =
    💬 “{ $title }” boʻyicha savolingizga javob:

    { $answer }
announcement-withdrawn-note = Iltimos, bu eʼlonni eʼtiborga olmang, u qaytarib olindi: “{ $text }”
