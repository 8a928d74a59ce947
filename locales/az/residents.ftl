# Səhvləri bağışlayan söhbətlər (tapşırıq 13): saxlanılan qaralamalar, qaldığınız yerdən davam,
# yer adları, təsviri olan kömək sorğuları, təkliflər üzrə qərarların səbəbləri.

place-did-you-mean = { $place } nəzərdə tutursunuz? Zəhmət olmasa, siyahıdan seçin.
draft-kept = Siz { $what } başa çatdırmamısınız. Davam etmək istəyirsiniz, yoxsa qaralamanı silək?
draft-continue = ✍️ Davam et
draft-discard = 🗑 Sil
draft-discarded = Qaralama silindi.
draft-proposal = təklifinizi
draft-help = problemin təsvirini
resumed = Xoş gördük! Qaldığınız yer budur.
proposal-needs-words = Zəhmət olmasa, təklifinizi sözlərlə yazın: yalnız emoji, rəqəm və ya işarə deyil, ən azı { $min } hərf lazımdır.
proposal-why = Səbəb: { $reason }
proposal-history-detail = { $what } ({ $details })
tutorial-exit = ✖️ Təlimatdan çıx
help-describe =
    “{ $title }” təlimatında nə alınmadı? Zəhmət olmasa, bunu mesajla təsvir edin. Ekran şəkli və ya səsli mesaj da göndərə bilərsiniz.
help-describe-skip = Təsvirsiz göndər ▸
help-describe-back = ← Təlimata qayıt
help-sent-admins = Sualınız (#{ $id }) botun administratorlarına göndərildi, çünki { term-municipality.gen } hələ köməkçiləri yoxdur. Onların cavabı buraya gələcək.
help-request-problem = Sakin yazır: { $text }
help-request-attached = Əlavə: { $kind }
