# Vətəndaş təklifləri: sakinlər, moderatorlar və yerli hakimiyyət.

## Sakinlər

proposals-title = Təklifinizi { term-authority.dat } göndərin və ya əvvəlki təkliflərinizin nəticəsinə baxın.
proposals-new = ✍️ Yeni təklif
proposals-mine = 📂 Təkliflərim
proposals-none = Siz hələ heç bir təklif göndərməmisiniz.
proposals-mine-title = Təklifləriniz. Tarixçəsini görmək üçün birinin üzərinə basın:
proposal-limit = Son 24 saatda { $count ->
        [one] bir təklif
       *[other] { $count } təklif
    } göndərmisiniz, bu da gündəlik limitdir. Fəallığınız üçün təşəkkür edirik! Zəhmət olmasa, növbəti təklifi sabah göndərin.
proposal-choose-category = Təklifiniz nə haqqındadır?
proposal-category-roads = 🛣 Yollar
proposal-category-water = 🚰 Su
proposal-category-lighting = 💡 Küçə işıqları
proposal-category-schools = 🏫 Məktəblər
proposal-category-eservices = 💳 E-xidmət, terminal
proposal-category-other = 📝 Digər
proposal-write = Zəhmət olmasa, təklifinizi bir mesajla təsvir edin: nə, harada və bu niyə vacibdir ({ $min }–{ $max } simvol).
proposal-text-first = Zəhmət olmasa, əvvəlcə təklifinizin mətnini yazın ({ $min }–{ $max } simvol). Fotoları sonra əlavə edə bilərsiniz.
proposal-too-short = Mətn bir az qısadır ({ $length } simvol). Zəhmət olmasa, ən azı { $min } simvol yazın ki, { term-authority } nə təklif etdiyinizi başa düşsün.
proposal-too-long = Mətn çox uzundur ({ $length } simvol). Zəhmət olmasa, { $max } simvoldan çox yazmayın.
proposal-ask-photos = Ən çox { $max } foto əlavə edə bilərsiniz. Onları indi göndərin və ya “Keç” düyməsini basın.
proposal-photo-saved = Foto yadda saxlandı ({ $count }/{ $max }). Daha birini göndərin və ya “Hazırdır” düyməsini basın.
proposal-photos-done = Hazırdır ▸
proposal-skip = Keç ▸
proposal-ask-location = Yeri xəritədə göstərə bilərsiniz: 📎 işarəsinə basın və “Məkan” seçin. Və ya “Keç” düyməsini basın.
proposal-preview =
    Zəhmət olmasa, təklifinizi yoxlayın.
    Mövzu: { $category }
    Yer: { $place }
    Foto: { $photos }
    Xəritə: { $location }

    { $text }
proposal-send = ✅ Göndər
proposal-edit-text = ✏️ Mətni dəyiş
proposal-cancel = ✖ Ləğv et
proposal-cancelled = Ləğv edildi. Heç nə göndərilmədi.
proposal-received = Təşəkkür edirik! Təklifiniz alındı. Onun nömrəsi: { $number }. Moderatorlar onu yoxlayacaq, sonra nə olacağını Sizə xəbər verəcəyəm.
proposal-rewrite =
    Moderator dəyişiklik etməyi xahiş edir:
    { $note }

    Zəhmət olmasa, yeni mətni yazın ({ $min }–{ $max } simvol).
proposal-edit-resubmit = ✏️ Düzəlt və göndər
proposal-open = 📄 Aç
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Cavab: { $answer }

    Tarixçə:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ yoxlanılır
proposal-status-changes = ✏️ düzəliş istənilib
proposal-status-rejected = ❌ qəbul edilməyib
proposal-status-duplicate = 🔁 təkrar
proposal-status-approved = ✅ ötürülüb
proposal-status-answered = 💬 cavablanıb
proposal-status-done = ✔️ icra olunub
proposal-event-submitted = göndərildi
proposal-event-resubmitted = düzəlişdən sonra yenidən göndərildi
proposal-event-approved = moderator təsdiqlədi
proposal-event-rejected = qəbul edilmədi
proposal-event-changes = düzəliş istənildi
proposal-event-duplicate = təkrar kimi qeyd edildi
proposal-event-undone = qərar geri alındı
proposal-event-forwarded = { term-authority.dat } ötürüldü
proposal-event-answered = { term-authority } cavab verdi
proposal-event-done = icra olundu

## Sakinlərə nə bildirilir

proposal-now-approved = Xoş xəbər: { $number } nömrəli təklifiniz təsdiqləndi və { term-authority.dat } ötürüldü. Cavabı Sizə göndərəcəyəm.
proposal-now-rejected = { $number } nömrəli təklifiniz qəbul edilmədi. Səbəb: { $reason }.
proposal-now-changes = Moderator xahiş edir ki, { $number } nömrəli təklifiniz ötürülməzdən əvvəl ona bir az düzəliş edəsiniz.
proposal-now-duplicate = { $number } nömrəli təklifiniz artıq baxılan { $original } nömrəli təklifi təkrarlayır. Dəstəyiniz üçün təşəkkür edirik!
proposal-now-answered =
    { $number } nömrəli təklifinizə { term-authority.gen } cavabı:

    { $answer }
proposal-now-done = { $number } nömrəli təklifiniz icra olundu. Yaşadığınız yerə kömək etdiyiniz üçün təşəkkür edirik!
proposal-moderator-note = Moderatorun qeydi: { $note }
reason-offtopic = bu, { term-authority } üçün təklif deyil
reason-private = burada şəxsi məlumat var
reason-rude = burada kobud sözlər var
reason-unclear = nə təklif edildiyi aydın deyil
reason-notlocal = bu məsələ { term-authority.gen } səlahiyyətinə aid deyil

## Moderatorlar

moderation-card =
    🆕 { $number } nömrəli təklif
    { $category } · { $place }
    Foto: { $photos } · Xəritə: { $location }

    { $text }
moderation-approve = ✅ Təsdiqlə
moderation-reject = ❌ Rədd et
moderation-changes = ✏️ Düzəliş istə
moderation-duplicate = 🔁 Təkrardır…
moderation-not-allowed = Bunu yalnız bu { term-municipality.gen } moderatorları edə bilər.
moderation-choose-reason = { $number } nömrəli təklif niyə qəbul edilmir?
moderation-add-note = Sakin üçün bir neçə söz əlavə edin və ya “Qeydsiz” düyməsini basın.
moderation-no-note = Qeydsiz ▸
moderation-what-to-change = Sakin { $number } nömrəli təklifdə nəyi dəyişməlidir? Zəhmət olmasa, bunu bir mesajla yazın (ən çox { $max } simvol).
moderation-which-original = { $number } nömrəli təklif hansı təklifi təkrarlayır? Zəhmət olmasa, onun nömrəsini yazın, məsələn: QUB-2026-0012.
moderation-note-length = Zəhmət olmasa, ən çox { $max } simvol yazın.
moderation-original-not-found = Bu { term-municipality.loc } belə təklif tapa bilmədim. Zəhmət olmasa, { $number } yox, ilkin təklifin nömrəsini yazın.
moderation-decided = Yadda saxlandı: { $number } — { $status }. Bu qərarı { $minutes ->
        [one] bir dəqiqə
       *[other] { $minutes } dəqiqə
    } ərzində geri ala bilərsiniz; qərar yalnız bundan sonra irəli gedir.
moderation-undo = ↩ Geri al
moderation-already-decided = { $number } üzrə qərarı artıq { $who } verib: { $status }.
moderation-too-late = { $number } üzrə qərarı artıq geri almaq olmur.
moderation-undone = { $number } üzrə qərar geri alındı. Təklif yenidən növbədə gözləyir:
moderation-queue =
    Gözləyən təkliflər: { $count }
    { $summary }
    Yerli hakimiyyətə hələ çatdırılmayanlar: { $stuck }
moderation-queue-line = { $place }: { $count }

## Yerli hakimiyyət

authority-not-allowed = Təkliflərə yalnız { term-authority } əməkdaşları cavab verə bilər.
authority-not-open = { $number } nömrəli təklifə indi cavab vermək mümkün deyil.
authority-write-answer = Zəhmət olmasa, { $number } nömrəli təklifə cavabı bir mesajla yazın (ən çox { $max } simvol). Sakin onu alacaq.
authority-answer-length = Zəhmət olmasa, ən çox { $max } simvoldan ibarət cavab yazın.
authority-answer-sent = Təşəkkür edirik! { $number } nömrəli təklifə cavab sakinə göndərildi.
authority-marked-done = { $number } nömrəli təklif icra olunmuş kimi qeyd edildi; sakinə xəbər verildi.
