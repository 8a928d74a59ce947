## Xodimlar veb-paneli: aholining yordam soʻrovlari

panel-nav-help = Yordam soʻrovlari
panel-help-title = Yordam soʻrovlari
panel-help-not-allowed = Bunga ruxsatingiz yoʻq. Buni faqat mahallada aholining yordam soʻrovlariga javob beradigan xodimlar koʻra oladi.
panel-help-open = Javob kutayotgan soʻrovlar: { $count }.
panel-help-none = Ochiq soʻrov yoʻq. Rahmat!
panel-help-sent = №{ $id } soʻrovga javobingiz fuqaroga yuborilmoqda.
panel-help-asked = Soʻrov sanasi
panel-help-step = Qadam
panel-help-step-of = { $total } tadan { $number }
panel-help-attached = Fuqaro rasm yoki ovozli xabar qoʻshdi: uni botda koʻrish mumkin.
panel-help-your-answer = Fuqaroga javobingiz
panel-help-send = Javobni yuborish
panel-help-answered = Oxirgi kunlarda javob berilganlar: { $days }
panel-help-guide = Qoʻllanma
panel-help-answer = Javob
panel-help-by = Kim javob berdi
panel-help-already-answered = Bu soʻrovga allaqachon javob berilgan, balki hamkasbingiz hozirgina javob bergandir.
panel-help-answer-length = Iltimos, koʻpi bilan { $max } belgidan iborat javob yozing.
panel-audit-help-answer = yordam soʻroviga javob berdi
