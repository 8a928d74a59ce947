## Əməkdaşların veb paneli və çatda növbə alətləri

panel-staff-only = Veb panel bələdiyyə əməkdaşları üçündür. Bələdiyyədə işləyirsinizsə, administratordan Sizə rol verməsini xahiş edin.
panel-link =
    Əməkdaşların veb panelinə keçidiniz:
    { $link }

    O, bir dəfə və { $minutes } dəqiqə ərzində işləyir. Onu başqasına verməyin.
panel-open = 🖥 Paneli açın

moderation-queue-page = { $what }: { $count ->
        [one] { $count } təklif göstərildi.
       *[other] { $count } təklif göstərildi.
    }
moderation-queue-empty = { $what }: başqa təklif yoxdur.
moderation-queue-next = Növbəti səhifə ▸
moderation-queue-filter = 🔎 Süzgəc
moderation-queue-filters = İndi göstərilir: { $status }. Vəziyyət və ya onun daxilində mövzu seçin.
moderation-card-status = Vəziyyət: { $status }
moderation-open-how = Təklifin nömrəsini /p-dən sonra yazın, məsələn: /p QUB-2026-0042
moderation-open-not-found = { $number } nömrəli təklif moderatoru olduğunuz bələdiyyələrdə tapılmadı.

panel-title = Əməkdaşların paneli
panel-nav-queue = Moderasiya növbəsi
panel-nav-audit = Fəaliyyət jurnalı
panel-language = Dil
panel-apply = Tətbiq edin
panel-logout = Çıxış
panel-logout-all = Bütün cihazlardan çıxış
panel-signin-title = Giriş
panel-signin-how = Daxil olmaq üçün bota şəxsi çatda /panel göndərin və onun göndərdiyi keçidi açın.
panel-login-confirm = Əməkdaşların panelinə daxil olmaq üçün düyməni basın. Keçid yalnız bir dəfə işləyir.
panel-login-button = Daxil olun
panel-link-refused = Bu keçid artıq işləmir: ondan artıq istifadə olunub və ya 10 dəqiqədən çox vaxt keçib. Bota yenidən /panel göndərin.
panel-signed-out = Paneldən çıxdınız.
panel-signed-out-everywhere = Bütün cihazlarda paneldən çıxdınız.
panel-csrf-refused = Sorğu rədd edildi: o, panelin səhifəsindən gəlməyib. Səhifəni yeniləyin və yenidən cəhd edin.
panel-not-allowed = Bunun üçün icazəniz yoxdur. Bunu yalnız bələdiyyənin moderatorları görür.
panel-not-found = Bu ünvanda heç nə tapılmadı.

panel-queue-title = Moderasiya növbəsi
panel-queue-pending = { $count ->
        [one] { $count } təklif qərar gözləyir.
       *[other] { $count } təklif qərar gözləyir.
    }
panel-queue-pending-many = Ən azı { $count } təklif qərar gözləyir.
panel-queue-empty = Bu süzgəclərə uyğun təklif yoxdur.
panel-filter-status = Vəziyyət
panel-filter-category = Mövzu
panel-filter-community = Kənd və ya qəsəbə
panel-filter-since = Başlanğıc
panel-filter-until = Son
panel-filter-search = Nömrə və ya sözlər
panel-filter-any = Hər hansı
panel-filter-apply = Göstərin
panel-col-number = Nömrə
panel-col-submitted = Göndərilib
panel-col-place = Yer
panel-col-category = Mövzu
panel-col-text = Mətn
panel-col-status = Vəziyyət
panel-col-when = Nə vaxt
panel-col-what = Nə
panel-col-who = Kim
panel-col-channel = Kanal
panel-col-target = Hara
panel-col-sent = Göndərilmə vaxtı
panel-col-error = Xəta
panel-next-page = Növbəti səhifə ▸
panel-first-page = ◂ Birinci səhifə
panel-bulk-title = İşarələnmiş təkliflərlə
panel-bulk-approve = ✅ İşarələnənlərin hamısını təsdiqləyin
panel-bulk-reject = ❌ İşarələnənlərin hamısını rədd edin
panel-bulk-done = { $count ->
        [one] { $count } təklif üzrə qərar verildi.
       *[other] { $count } təklif üzrə qərar verildi.
    }

panel-location = Xəritədə yer
panel-open-map = Xəritəni açın
panel-photos = Şəkillər
panel-photo = Şəkil { $number }
panel-photo-in-telegram = Şəkil { $number } (Telegram-da)
panel-approve = ✅ Təsdiqləyin
panel-reject = ❌ Rədd edin
panel-reason = Səbəb
panel-note = Qeyd
panel-ask-changes = ✏️ Düzəliş istəyin
panel-what-to-change = Nəyi düzəltmək lazımdır
panel-duplicate = 🔁 Təkrardır
panel-original = İlkin təklifin nömrəsi
panel-undo = ↩ Geri alın
panel-decided-by = Qərarı verən: { $who }
panel-answer = Yerli hakimiyyətin cavabı
panel-history = Tarixçə
panel-forwards = Yerli hakimiyyətə göndərilmə
panel-no-forwards = Hələ göndərilməyib.
panel-decided = Yadda saxlanıldı. Geri alma vaxtı bitənə qədər nə sakinə, nə də yerli hakimiyyətə heç nə göndərilmir.
panel-undone = Qərar geri alındı.
panel-already-decided = Bu təklif üzrə artıq başqa əməkdaş qərar verib.
panel-original-not-found = Bu bələdiyyədə belə nömrəli təklif yoxdur.
panel-decision-incomplete = Bu qərar üçün lazım olanı doldurun: səbəbi və ya sakin üçün sözləri.
panel-too-late = Bu qərarı artıq geri almaq olmaz.
panel-delivery-queued = gözləyir
panel-delivery-sending = göndərilir
panel-delivery-sent = çatdırılıb
panel-delivery-failed = çatdırılmayıb
panel-delivery-skipped = buraxılıb

panel-audit-title = Fəaliyyət jurnalı
panel-audit-empty = Bu süzgəclər üzrə heç nə qeydə alınmayıb.
panel-older = Daha köhnə qeydlər ▸
panel-audit-login = panelə daxil olub
panel-audit-logout = paneldən çıxıb
panel-audit-logout-all = bütün cihazlardan çıxıb
panel-audit-bulk-approved = bir neçəsini birdən təsdiqləyib
panel-audit-bulk-rejected = bir neçəsini birdən rədd edib
panel-event-forward-sent = göndərmə çatdırıldı
panel-event-forward-failed = göndərməni çatdırmaq mümkün olmadı
