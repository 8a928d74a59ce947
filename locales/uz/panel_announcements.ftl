## Xodimlar veb-paneli: eʼlonlar (bot/panel/announcements.py)

panel-nav-announcements = Eʼlonlar
panel-ann-title = Eʼlonlar
panel-ann-new = Yangi eʼlon
panel-ann-one = Eʼlon №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Hozircha eʼlonlar yoʻq.
panel-ann-not-allowed = Bunga ruxsatingiz yoʻq. Buni faqat mahallaning eʼlon chop etuvchi xodimlari koʻra oladi.
panel-ann-municipality = Mahalla
panel-ann-audience = Kim oladi
panel-ann-audience-hint = Faqat baʼzi qishloqlarga yuborish uchun ularni belgilang. Hech narsa belgilanmasa, hamma oladi.
panel-ann-everyone = Mahallaning barcha aholisi
panel-ann-topic = Mavzu
panel-ann-texts = Matn
panel-ann-texts-hint = Matnni kamida bitta tilda yozing, har birida { $max } belgigacha. Boshqa tilda oʻqiydigan aholi yozilganlarning eng yaqinini oladi.
panel-ann-more-languages = Til qoʻshish:
panel-ann-attachment = Ilova
panel-ann-attachment-hint = Xohlasangiz, rasm (JPEG yoki PNG) yoki hujjat, masalan PDF, ilova qiling, { $mb } MB gacha.
panel-ann-attachment-remove = Olib tashlash
panel-too-large = Bu fayl juda katta. Iltimos, kichikroq faylni tanlang: chegarasi maydon ostida yozilgan.
panel-ann-when = Qachon
panel-ann-send-now = Hozir yuborish
panel-ann-send-at = Shu vaqtda ({ $zone }):
panel-ann-now = hozir
panel-ann-when-quiet = { $when } (tinch soatlar: yuborish { $start } da boshlanadi)
panel-ann-preview = Oldindan koʻrish
panel-ann-reach = Uni { $count ->
        [one] { $count } kishi
       *[other] { $count } kishi
    } oladi.
panel-ann-publish = ✅ Yuborish
panel-ann-test = Menga sinov nusxasini yuborish
panel-ann-test-hint = Sinov nusxasi faqat bot bilan oʻz chatingizga keladi. Aholi uni olmaydi.
panel-ann-test-sent = Sinov nusxasi chatingizga yuborildi. Aholi hech narsa olmadi.
panel-ann-change = Oʻzgartirish
panel-ann-topic-missing = Iltimos, mavzuni tanlang.
panel-ann-text-missing = Iltimos, matnni kamida bitta tilda yozing.
panel-ann-text-too-long = { $language } tilidagi matnda { $length } belgi bor, chegarasi esa { $max }. Iltimos, uni qisqartiring.
panel-ann-time-invalid = Iltimos, sana va vaqtni yoki “Hozir yuborish”ni tanlang.
panel-ann-time-past = Bu vaqt oʻtib ketgan yoki bir daqiqadan kam qolgan. Iltimos, kechroq vaqtni tanlang.
panel-ann-invalid = Bu eʼlonni yuborib boʻlmaydi. Iltimos, shaklni tekshiring.
panel-ann-too-late = Buni endi qilib boʻlmaydi: eʼlon shu orada oʻzgardi. Iltimos, uning sahifasini yangilang.
panel-ann-status-scheduled = rejalashtirilgan
panel-ann-status-released = yuborilgan
panel-ann-status-cancelled = bekor qilingan
panel-ann-status-withdrawn = qaytarib olingan
panel-ann-sent = Yuborildi
panel-ann-delivered = Yetkazildi
panel-ann-read = Oʻqildi
panel-ann-failed = Xato
panel-ann-waiting = Kutmoqda
panel-ann-number = { $count }
panel-ann-of-reported = { $reported } tadan { $count }
panel-ann-receipts-note = Xabar yetkazilgani va oʻqilganini faqat WhatsApp bildiradi; Telegram bildirmaydi. “—” bu nomaʼlum ekanini bildiradi. “8 tadan 5” faqat WhatsApp nusxalarini sanaydi.
panel-ann-chart-title = Vaqt boʻyicha yetkazish
panel-ann-chart-note = har bir paytdagi jami, vaqt { $zone } boʻyicha
panel-ann-chart-empty = Hozircha hech narsa yuborilmagan.
panel-ann-no-receipts = Birorta nusxa WhatsApp orqali ketmagan, shuning uchun yetkazish va oʻqish nomaʼlum.
panel-ann-correct = ✏️ { $language } tilidagi matnni tuzatish
panel-ann-correct-sure = { $language } tilidagi yangi matn eskisini { $count ->
        [one] { $count } kishining chatida
       *[other] { $count } kishining chatida
    } almashtiradi. Hali yuborilmagan nusxalar ({ $waiting }) yangi matn bilan ketadi.
panel-ann-correct-yes = ✏️ Ha, tuzatish
panel-ann-back = Orqaga, hech narsani oʻzgartirmaslik
panel-ann-done-sent = Yuborildi. Nusxalar yoʻlda; pastdagi raqamlar yetkazishni koʻrsatadi.
panel-ann-done-scheduled = Rejalashtirildi. Eʼlon belgilangan vaqtda yuboriladi.
panel-ann-done-corrected = Tuzatildi. Aholi chatlaridagi nusxalar oʻzgartirilmoqda.
panel-ann-done-withdrawn = Qaytarib olindi. Nusxalar aholi chatlaridan oʻchirilmoqda.
panel-ann-done-cancelled = Bekor qilindi. Hech narsa yuborilmadi.
panel-audit-announcement-publish = eʼlon yubordi
panel-audit-announcement-schedule = eʼlonni rejalashtirdi
panel-audit-announcement-test-copy = oʻziga sinov nusxasini yubordi
panel-audit-announcement-correct = eʼlonni tuzatdi
panel-audit-announcement-withdraw = eʼlonni qaytarib oldi
panel-audit-announcement-cancel = eʼlonni bekor qildi

# Xodim chatidagi sinov nusxasi
announce-test-copy =
    🧪 Sinov nusxasi: aholi uni olmagan.

    { $text }
