## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Afişalar
panel-posters-title = QR kodlu afişalar
panel-posters-intro = Elan lövhəsi, mağaza vitrini və ya dayanacaq üçün afişa çap edin. Sakinlər telefonun kamerasını koda tutur və bot onların yaşayış yeri artıq seçilmiş halda açılır.
panel-posters-language = Afişanın dili
panel-posters-local = Hər yerin öz dili
panel-posters-col-place = Yer
panel-posters-col-code = Kod
panel-posters-col-language = Dil
panel-posters-col-download = Yükləyin
panel-posters-preview = Afişa: { $place }
panel-posters-no-telegram = Telegram afişalara düşməyəcək: botun Telegram adı məlum deyil. Zəhmət olmasa, administratordan onu göstərməyi xahiş edin.
panel-posters-no-whatsapp = WhatsApp afişalara düşməyəcək: botun WhatsApp nömrəsi göstərilməyib. Zəhmət olmasa, administratordan onu göstərməyi xahiş edin.
panel-posters-none = Hələ afişa hazırlamaq mümkün deyil: botun nə Telegram adı, nə də WhatsApp nömrəsi var. Zəhmət olmasa, administratordan onlardan birini göstərməyi xahiş edin.

# The poster itself (printed in the place's language)
poster-headline = Bələdiyyənizlə əlaqədə olun
poster-offer-proposals = Təkliflərinizi göndərin
poster-offer-announcements = Elanları alın
poster-offer-payments = Onlayn ödəniş etməyi öyrənin
poster-scan = Telefonunuzun kamerasını koda tutun və linki açın.
poster-stop = Bildirişləri istədiyiniz vaxt dayandırmaq üçün STOP yazın.
