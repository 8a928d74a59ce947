## İşçilərin veb paneli: elanlar (bot/panel/announcements.py)

panel-nav-announcements = Elanlar
panel-ann-title = Elanlar
panel-ann-new = Yeni elan
panel-ann-one = Elan №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Hələ elan yoxdur.
panel-ann-not-allowed = Bunun üçün icazəniz yoxdur. Bunu yalnız bələdiyyənin elan dərc edən işçiləri görür.
panel-ann-municipality = Bələdiyyə
panel-ann-audience = Kim alacaq
panel-ann-audience-hint = Yalnız bəzi kəndlərə göndərmək üçün onları seçin. Heç nə seçilməsə, hamı alacaq.
panel-ann-everyone = Bələdiyyənin bütün sakinləri
panel-ann-topic = Mövzu
panel-ann-texts = Mətn
panel-ann-texts-hint = Mətni ən azı bir dildə yazın, hər dildə { $max } simvola qədər. Başqa dildə oxuyan sakinlər yazdığınız ən yaxın dildəki mətni alacaq.
panel-ann-more-languages = Dil əlavə edin:
panel-ann-attachment = Əlavə
panel-ann-attachment-hint = İstəsəniz, şəkil (JPEG və ya PNG) və ya sənəd, məsələn PDF, əlavə edin, { $mb } MB-a qədər.
panel-ann-attachment-remove = Silin
panel-too-large = Bu fayl çox böyükdür. Zəhmət olmasa, daha kiçik fayl seçin: hədd sahənin altında yazılıb.
panel-ann-when = Nə vaxt
panel-ann-send-now = İndi göndər
panel-ann-send-at = Bu vaxtda ({ $zone }):
panel-ann-now = indi
panel-ann-when-quiet = { $when } (sakitlik saatları: göndəriş { $start } vaxtında başlayır)
panel-ann-preview = Önizləmə
panel-ann-reach = Elanı { $count ->
        [one] { $count } sakin
       *[other] { $count } sakin
    } alacaq.
panel-ann-publish = ✅ Göndər
panel-ann-test = Mənə sınaq nüsxəsi göndər
panel-ann-test-hint = Sınaq nüsxəsi yalnız sizin botla söhbətinizə gəlir. Sakinlər onu almır.
panel-ann-test-sent = Sınaq nüsxəsi söhbətinizə göndərildi. Sakinlər heç nə almadı.
panel-ann-change = Dəyiş
panel-ann-topic-missing = Zəhmət olmasa, mövzu seçin.
panel-ann-text-missing = Zəhmət olmasa, mətni ən azı bir dildə yazın.
panel-ann-text-too-long = { $language } dilindəki mətndə { $length } simvol var, həddi isə { $max }. Zəhmət olmasa, onu qısaldın.
panel-ann-time-invalid = Zəhmət olmasa, tarix və vaxt seçin və ya “İndi göndər”i seçin.
panel-ann-time-past = Bu vaxt keçib və ya bir dəqiqədən az qalıb. Zəhmət olmasa, daha gec vaxt seçin.
panel-ann-invalid = Bu elanı göndərmək olmur. Zəhmət olmasa, formu yoxlayın.
panel-ann-too-late = Bunu artıq etmək olmur: elan bu arada dəyişib. Zəhmət olmasa, onun səhifəsini yeniləyin.
panel-ann-status-scheduled = planlaşdırılıb
panel-ann-status-released = göndərilib
panel-ann-status-cancelled = ləğv edilib
panel-ann-status-withdrawn = geri çəkilib
panel-ann-sent = Göndərilib
panel-ann-delivered = Çatdırılıb
panel-ann-read = Oxunub
panel-ann-failed = Xəta
panel-ann-waiting = Gözləyir
panel-ann-number = { $count }
panel-ann-of-reported = { $reported } nüsxədən { $count }
panel-ann-receipts-note = Mesajın çatdırıldığını və oxunduğunu yalnız WhatsApp bildirir; Telegram bildirmir. “—” bunun bilinmədiyi deməkdir. “8 nüsxədən 5” yalnız WhatsApp nüsxələrini sayır.
panel-ann-chart-title = Zamana görə çatdırılma
panel-ann-chart-note = hər an üçün cəmi, vaxt { $zone } üzrə
panel-ann-chart-empty = Hələ heç nə göndərilməyib.
panel-ann-no-receipts = Heç bir nüsxə WhatsApp-a getməyib, ona görə çatdırılma və oxunma bilinmir.
panel-ann-correct = ✏️ { $language } dilindəki mətni düzəldin
panel-ann-correct-sure = { $language } dilindəki yeni mətn köhnəsini { $count ->
        [one] { $count } sakinin söhbətində
       *[other] { $count } sakinin söhbətində
    } əvəz edəcək. Hələ göndərilməmiş nüsxələr ({ $waiting }) yeni mətnlə gedəcək.
panel-ann-correct-yes = ✏️ Bəli, düzəldin
panel-ann-back = Geri, heç nəyi dəyişməyin
panel-ann-done-sent = Göndərildi. Nüsxələr yoldadır; aşağıdakı rəqəmlər çatdırılmanı göstərir.
panel-ann-done-scheduled = Planlaşdırıldı. Elan öz vaxtında göndəriləcək.
panel-ann-done-corrected = Düzəldildi. Sakinlərin söhbətlərindəki nüsxələr dəyişdirilir.
panel-ann-done-withdrawn = Geri çəkildi. Nüsxələr sakinlərin söhbətlərindən silinir.
panel-ann-done-cancelled = Ləğv edildi. Heç nə göndərilmədi.
panel-audit-announcement-publish = elan göndərib
panel-audit-announcement-schedule = elanı planlaşdırıb
panel-audit-announcement-test-copy = özünə sınaq nüsxəsi göndərib
panel-audit-announcement-correct = elanı düzəldib
panel-audit-announcement-withdraw = elanı geri çəkib
panel-audit-announcement-cancel = elanı ləğv edib

# İşçinin söhbətində sınaq nüsxəsi
announce-test-copy =
    🧪 Sınaq nüsxəsi: sakinlər onu almayıb.

    { $text }
