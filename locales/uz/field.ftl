# Dala kiritmalari: albomlar (birga yuborilgan bir necha rasm yoki fayl bitta javob oladi)
album-kept = Birga qabul qilindi: { $total }. Hammasi saqlandi.
album-partly-kept = Birga qabul qilindi: { $total }. Saqlandi: { $kept }. Saqlanmadi: { $dropped }, chunki bu qadam boshqa qabul qilmaydi.
# Soʻzli rasm (izoh): soʻzlar olindi, bu qadam esa rasm qabul qilmaydi.
caption-media-not-kept = Rasm bilan yozgan soʻzlaringizni oldim. Rasmning oʻzi bu yerda saqlanmadi.
