## Xodimlar panelidagi yuklab olish

panel-nav-exports = Yuklab olish
panel-export-title = Yuklab olish
panel-export-how = Nimani, qaysi mahalla boʻyicha va qaysi formatda yuklab olishni tanlang. Faylda faqat panelda sizga ochiq boʻlgan maʼlumotlar boʻladi, yuklab olish esa harakatlar jurnaliga yoziladi.
panel-export-what = Nima
panel-export-proposals = Takliflar, tarixi bilan
panel-export-events = Muhokamalar, javoblar soni bilan
panel-export-answers = Muhokamalarga javoblar, har qatorda bittadan
panel-export-indicators = Toʻlov qoʻllanmalari: boshladi, oʻtdi, onlayn toʻladi
panel-export-of = Qaysi mahalla boʻyicha, qaysi formatda
panel-export-format = Fayl turi
panel-export-download = Yuklab olish
panel-export-period-hint = Davr faqat toʻlov qoʻllanmalari uchun hisobga olinadi.
panel-export-safe = Jadval formulalariga oʻxshash matnlar oddiy matn sifatida saqlanadi.
panel-export-not-allowed = Bu yuklab olishga ruxsatingiz yoʻq. Mahalla maʼmuridan rol soʻrang.
