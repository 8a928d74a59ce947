## Xodimlar panelidagi sharh: aholi, takliflar, toʻlov qoʻllanmalari va dasturlar maqsadlari

panel-nav-dashboard = Sharh
panel-dash-title = Sharh
panel-dash-where = Mahalla
panel-dash-all = Barcha mahallalar
panel-dash-not-allowed = Bunga ruxsatingiz yoʻq. Mahalla sharhini faqat uning xodimlari koʻra oladi.
panel-dash-residents = { $count } aholi
panel-dash-count = Soni
panel-dash-none = Hozircha hech narsa yoʻq.
panel-dash-no-community = Aholi punkti tanlanmagan
panel-dash-proposals = { $count } taklif
panel-dash-period = Yuqorida tanlangan davrda yuborilgan takliflar.
panel-dash-to-decision = Moderator qaroriga qadar odatiy vaqt (mediana)
panel-dash-to-answer = Yuborilgandan hokimiyat javobigacha odatiy vaqt (mediana)
panel-dash-of = { $count } taklif boʻyicha
panel-dash-guides = Shu davrdagi toʻlov qoʻllanmalari
panel-dash-guide = Qoʻllanma
panel-dash-every-guide = Barcha qoʻllanmalar
panel-dash-measure-started = Boshladi
panel-dash-measure-completed = Oxirigacha oʻtdi
panel-dash-measure-paid = Onlayn toʻladi
panel-dash-total = Jami
panel-dash-targets = Dasturlar maqsadlari
panel-target-programme = Dastur
panel-target-measure = Nima sanaladi
panel-target-period = Davr
panel-target-progress = Bajarilishi
panel-target-reached = { $total } tadan { $count } ({ $percent }%)
panel-target-remove = Oʻchirish
panel-target-none = Hozircha maqsad yoʻq.
panel-target-new = Yangi maqsad
panel-target-number = Maqsad soni
panel-target-save = Maqsadni saqlash
panel-target-saved = Maqsad saqlandi.
panel-target-removed = Maqsad oʻchirildi.
panel-target-bad-programme = Iltimos, dastur nomini yozing (koʻpi bilan 120 belgi).
panel-target-bad-number = Iltimos, maqsadni son bilan yozing, kamida 1.
panel-target-bad-period = Iltimos, davrning birinchi va oxirgi kunini yozing, birinchisi oxirgisidan oldin boʻlsin.
panel-target-bad-guide = Bunday qoʻllanma yoʻq.
panel-target-not-allowed = Mahalla maqsadlarini faqat uning maʼmurlari belgilaydi.

# Harakatlar jurnalida shu sahifalarda qilingan ishlarning nomlari
panel-audit-export = fayl yuklab oldi
panel-audit-role-granted = rol berdi
panel-audit-role-revoked = rolni qaytarib oldi
panel-audit-target-set = maqsad belgiladi
panel-audit-target-removed = maqsadni oʻchirdi
