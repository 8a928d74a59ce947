## İşçilərin veb-paneli: məsləhətləşmələr (dərc edənlər üçün)

panel-nav-events = Məsləhətləşmələr
panel-events-title = Məsləhətləşmələr
panel-events-not-allowed = Bunun üçün icazəniz yoxdur. Bunu yalnız bələdiyyənin məsləhətləşmələrini dərc edən işçilər görür.
panel-events-upcoming = Qarşıdakılar
panel-events-past = Keçmişdəkilər
panel-events-none = Burada hələ məsləhətləşmə yoxdur.
panel-event-new = Yeni məsləhətləşmə
panel-col-event = Məsləhətləşmə
panel-col-going = Gələcək
panel-col-maybe = Bəlkə
panel-col-cant = Gələ bilməz
panel-col-waitlist = Gözləmə siyahısı
panel-col-attended = Gəldi
panel-col-resident = Sakin
panel-col-answer = Cavab
panel-col-answered = Cavab tarixi

# Forma
panel-event-who = Kim dəvət olunur
panel-event-communities = Dəvət olunan kəndlər (heç biri seçilməyibsə, bütün bələdiyyə):
panel-event-kind = Növ
panel-event-what = Ad və təsvir
panel-event-other-languages = Başqa dillər (istəyə görə)
panel-event-title-in = Ad ({ $language })
panel-event-text-in = Təsvir ({ $language })
panel-event-when-where = Vaxt və yer
panel-event-start = Başlanğıc (bələdiyyənin yerli vaxtı)
panel-event-minutes = Müddət, dəqiqə ilə
panel-event-link = Onlayn qoşulmaq üçün keçid (istəyə görə)
panel-event-place = Ünvan (keçid varsa, vacib deyil)
panel-event-capacity = Yer sayı (boş: məhdudiyyət yoxdur)
panel-event-invite-hint = Seçdiyiniz yerlərin sakinləri dərc edən kimi botda dəvət alacaqlar.
panel-event-create = Dərc et və dəvət et
panel-event-error-time = Zəhmət olmasa, başlanğıcın tarixini və vaxtını göstərin.
panel-event-error-too-soon = Bu vaxt keçib və ya çox yaxındır. Zəhmət olmasa, daha gec başlanğıc seçin.
panel-event-error-minutes = Zəhmət olmasa, müddəti tam dəqiqə ilə, 15-dən { $max }-dək göstərin.
panel-event-error-link = Zəhmət olmasa, https:// ilə başlayan tam keçid göstərin.
panel-event-error-place = Ünvan çox uzundur: ən çox { $max } simvol ola bilər.
panel-event-error-capacity = Zəhmət olmasa, yer sayını tam ədədlə, ən çox { $max } göstərin.
panel-event-error-text = Zəhmət olmasa, doldurduğunuz hər dildə ad (ən çox { $number } simvol) və təsvir (ən çox { $max }) yazın.
panel-event-error-where = Zəhmət olmasa, onlayn qoşulmaq üçün keçid, ünvan və ya hər ikisini göstərin.
panel-event-error-nothing = Heç nə dəyişmədi.
panel-event-error-incomplete = Formada nəsə çatışmır. Zəhmət olmasa, yoxlayın və yenidən cəhd edin.

# Dəyişmək və ləğv etmək
panel-event-edit-title = “{ $title }” dəyiş
panel-event-edit-hint = Cavab vermiş sakinlərə yeni vaxt, müddət, keçid və ya ünvan barədə xəbər veriləcək. Yer sayı artarsa, gözləmə siyahısındakılar yer alacaq.
panel-event-save = Yadda saxla
panel-event-cancel-title = “{ $title }” ləğv edilsin?
panel-event-cancel-confirm = Cavab vermiş sakinlər ({ $count }) ləğv barədə xəbər alacaq. Bunu geri qaytarmaq olmaz.
panel-event-cancel-yes = Bəli, ləğv et
panel-event-cancel-back = Xeyr, geri qayıt
panel-event-created = Dərc edildi. Növbədəki dəvətlər: { $count }.
panel-event-saved = Yadda saxlanıldı. Dəyişiklik barədə xəbər verilən sakinlər: { $count }.
panel-event-cancelled = Məsləhətləşmə ləğv edildi. Xəbər verilən sakinlər: { $count }.
panel-event-closed = Bu məsləhətləşməni artıq dəyişmək olmaz: o, keçib və ya ləğv edilib.

# Bir məsləhətləşmə
panel-event-duration = { $minutes } dəq
panel-event-where = Harada
panel-event-places = Yer sayı
panel-event-code = Qeydiyyat kodu
panel-event-invited = Dəvətlər
panel-event-edit = ✏️ Dəyiş
panel-event-cancel = ✖ Məsləhətləşməni ləğv et
panel-event-answers = Cavablar
panel-event-answers-none = Hələ heç kim cavab verməyib.
panel-event-by-checkin = özü qeyd olundu
panel-event-by-staff = işçi qeyd etdi
panel-event-waitlist = Gözləmə siyahısı, növbə ilə
panel-event-feedback = Rəylər
panel-event-feedback-line = Qiymətlər: { $count }, orta hesabla 5-dən { $average }.
panel-event-feedback-none = Hələ qiymət yoxdur.
panel-event-summary = Mətbuat üçün mətn
panel-event-summary-hint = Məsləhətləşmə barədə sizin dilinizdə qısa mətn. Onu seçib köçürün.

# Mətnin özü
panel-summary-cancelled = { $municipality } bələdiyyəsinin { $when } tarixinə planlaşdırılan “{ $title }” ({ $kind }) tədbiri ləğv edildi.
panel-summary-planned = { $when } tarixində { $municipality } məsləhətləşmə keçirir: { $kind } “{ $title }”. Yer: { $where }.
panel-summary-held = { $when } tarixində { $municipality } məsləhətləşmə keçirdi: { $kind } “{ $title }”. Yer: { $where }.
panel-summary-people = İştirak edən sakinlər: { $count } (gələcəyini deyənlər: { $going }).
panel-summary-proposals = İştirakçılar { $count } təklif verdilər:
panel-summary-no-proposals = Məsləhətləşmədə təklif verilmədi.
panel-summary-feedback = Qiymət verən iştirakçılar: { $count }, orta hesabla 5-dən { $average }.
panel-summary-where-both = { $place }, həm də onlayn
panel-summary-where-online = onlayn

# Əməliyyatlar jurnalı
panel-audit-event-create = məsləhətləşmə dərc etdi
panel-audit-event-edit = məsləhətləşməni dəyişdi
panel-audit-event-cancel = məsləhətləşməni ləğv etdi
