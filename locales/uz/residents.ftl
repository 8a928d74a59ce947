# Aholining xatolarni kechiradigan suhbatlari: saqlangan qoralamalar, davom ettirish, yozilgan joy
# nomlari, nima notoʻgʻriligini aytadigan yordam soʻrovlari, takliflar sabablari.

place-did-you-mean = { $place } demoqchimidingiz? Iltimos, roʻyxatdan tanlang.
draft-kept = Siz { $what } tugatmagansiz. Davom ettirasizmi yoki oʻchirib tashlaysizmi?
draft-continue = ✍️ Davom ettirish
draft-discard = 🗑 Oʻchirish
draft-discarded = Qoralama oʻchirildi.
draft-proposal = taklifingizni
draft-help = muammoingiz tavsifini
resumed = Xush kelibsiz! Toʻxtagan joyingiz mana.
proposal-needs-words = Iltimos, taklifingizni soʻzlar bilan yozing: kamida { $min } ta harf, faqat emoji, raqam yoki belgilar emas.
proposal-why = Sababi: { $reason }
proposal-history-detail = { $what } ({ $details })
tutorial-exit = ✖️ Chiqish
help-describe =
    “{ $title }” da nima notoʻgʻri boʻldi? Iltimos, bitta xabarda yozing. Skrinshot yoki ovozli xabar ham yuborishingiz mumkin.
help-describe-skip = Shunday yuborish ▸
help-describe-back = ← Qoʻllanmaga
help-sent-admins = Savolingiz (#{ NUMBER($id, useGrouping: 0) }) bot administratorlariga yuborildi, chunki { term-municipality.loc } hali yordamchilar yoʻq. Javob shu yerga keladi.
help-request-problem = Aholi yozadi: { $text }
help-request-attached = Ilova: { $kind }
