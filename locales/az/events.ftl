## Məsləhətləşmələr: sakinlər

command-checkin = Görüşdəyəm: qeydiyyat
events-title = Yaxın məsləhətləşmələr: { $count }. Baxmaq və cavab vermək üçün birini seçin.
events-item = { $title } · { $when } { $answer }
events-none = Hələlik yaşadığınız yer üçün məsləhətləşmə yoxdur. Olanda Sizə dəvət göndərəcəyik.
events-all = 🗓 Hamısına bax
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Onlayn “Praktik məsləhət” görüşü
event-kind-seminar = Seminar
event-kind-round_table = Dəyirmi masa
event-kind-dialogue = Dialoq platformasının iclası
event-kind-training = Təlim
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } dəq.)
    { $where }

    { $text }
event-where-online = 💻 Onlayn
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 həm də onlayn
event-place-map = { $place } ({ $link })
event-invite =
    Sizi dəvət edirik!

    { $details }

    Gələcəksiniz?
event-card =
    { $details }

    Cavabınız: { $answer }
event-answer-going = gələcəyəm
event-answer-maybe = bəlkə
event-answer-cant = gələ bilməyəcəyəm
event-answer-waitlist = gözləmə siyahısındasınız
event-answer-none = hələ cavab yoxdur
event-going = ✅ Gələcəyəm
event-maybe = ❔ Bəlkə
event-cant = ✖ Gələ bilmərəm
event-calendar = 📅 Təqvimə əlavə et
event-open = 🗓 Aç
event-here = 📍 Buradayam
event-propose = ✍️ Təklif ver
event-answered-going = Təşəkkür edirik! “{ $title }” görüşünə gəlirsiniz, { $date }, saat { $time }. Başlamazdan əvvəl xatırladacağıq.
event-answered-maybe = Qeyd etdik: bəlkə. “{ $title }” barədə xatırladacağıq, { $date }, saat { $time }.
event-answered-cant = Qeyd etdik: “{ $title }” görüşünə gələ bilməyəcəksiniz. Cavabı “Məsləhətləşmələr” bölməsində dəyişə bilərsiniz.
event-answered-waitlist = “{ $title }” üçün bütün yerlər tutulub. Siz gözləmə siyahısındasınız: yer boşalsa, Sizin olacaq və xəbər verəcəyik.
event-link = Qoşulmaq üçün keçid: { $link }
event-calendar-file = “{ $title }”: təqviminizə əlavə etmək üçün bu faylı açın.
event-gone = Bu məsləhətləşmə artıq mövcud deyil. Budur, əsas menyu.
event-was-cancelled = “{ $title }” ləğv edilib. Budur, əsas menyu.
event-started = “{ $title }” artıq başlayıb, cavablar bağlıdır.
event-not-yet = “{ $title }” hələ keçirilməyib.
event-reminder =
    Xatırlatma: “{ $title }” { $date }, saat { $time } başlayır.
    { $where }
event-reminder-link =
    Xatırlatma: “{ $title }” { $date }, saat { $time } başlayır.
    { $where }
    Qoşulmaq üçün keçid: { $link }
event-changed =
    “{ $title }” dəyişib. Yeni məlumatlar:

    { $details }
event-cancelled-notice = Təəssüf ki, “{ $title }” ({ $date }, saat { $time }) ləğv edilib.
event-promoted = Xoş xəbər: yer boşaldı və o Sizindir. “{ $title }” görüşünə gəlirsiniz, { $date }, saat { $time }.
event-feedback-ask = “{ $title }” görüşündə iştirak etdiyiniz üçün təşəkkür edirik. Nə dərəcədə faydalı oldu? 1 (faydasız) ilə 5 (çox faydalı) arasında seçin.
event-feedback-comment = Təşəkkür edirik! Şərh əlavə etmək istəyirsiniz ({ $max } simvola qədər)? Yazın və ya “Keç” düyməsini basın.
event-feedback-skip = Keç
event-feedback-thanks = Rəyiniz üçün təşəkkür edirik!
event-text-too-long = Bu mətndə { $length } simvol var, limit isə { $max }-dir. Zəhmət olmasa, yenidən yazın.
event-propose-not-yet = Məsləhətləşmə ilə bağlı təklifi onun iştirakçıları görüş başlayandan sonra verə bilər.
checkin-ask = Görüşdə göstərilən kodu yazın (4 rəqəm).
checkin-wrong = Kod düzgün deyil. Görüşdə göstərilən kodu yoxlayın və yenidən yazın.
checkin-too-many = Çox sayda yanlış kod yazıldı. Zəhmət olmasa, təşkilatçılara müraciət edin.
checkin-closed = “{ $title }” üçün qeydiyyat başlamazdan bir saat əvvəl açılır və bitdikdən bir saat sonra bağlanır.
checkin-none-now = Hazırda qeydiyyat üçün məsləhətləşmə yoxdur.
checkin-done = Xoş gəlmisiniz! “{ $title }” görüşündə qeydə alındınız.

## Məsləhətləşmələr: əməkdaşlar

event-not-allowed = Məsləhətləşmələri yalnız elan dərc edən { term-authority } əməkdaşları idarə edə bilər.
event-choose-municipality = Bu məsləhətləşmə hansı bələdiyyə üçündür?
event-choose-audience = { $municipality } ərazisində kimlər dəvət olunsun? Kəndləri seçin, sonra “Davam et” düyməsini basın.
event-choose-kind = Bu hansı növ görüşdür?
event-write-title = Adını bu dildə yazın: { $language } ({ $max } simvola qədər).
event-write-text = İndi bu dildə qısa təsvir yazın: { $language } — görüş nə haqqındadır və kimin üçündür ({ $max } simvola qədər).
event-add-language = Yadda saxlanıldı. Tərcümə əlavə edin və ya “Hazırdır” düyməsini basın.
event-write-time = Nə vaxt başlayır? Tarixi və vaxtı { $municipality } vaxtı ilə yazın, məsələn { $example }.
event-time-invalid = Bu tarixi oxuya bilmədim. Zəhmət olmasa, belə yazın: { $example }.
event-time-past = Bu vaxt artıq keçib. Gələcək vaxt yazın, məsələn { $example }.
event-write-duration = Görüş nə qədər çəkir? Dəqiqələrin sayını (məsələn, 90) və ya saat və dəqiqəni (1:30) yazın, yaxud düyməni basın. Burada yazdığınız rəqəm dəqiqə deməkdir.
event-duration-invalid = Müddəti dəqiqə ilə yazın (15-dən { $max }-ə qədər), məsələn 90 və ya 1:30.
event-write-link = Onlayn qoşulmaq üçün keçidi göndərin (https://...) və ya “Onlayn keçid yoxdur” düyməsini basın.
event-no-link = Onlayn keçid yoxdur
event-link-invalid = Bu veb keçid deyil. https:// ilə başlayan keçid göndərin.
event-write-place = Görüş harada keçiriləcək? Ünvanı yazın ({ $max } simvola qədər) və ya yer nişanı göndərin.
event-no-place = Yalnız onlayn
event-ask-map = Sakinlərin yeri xəritədə tapması üçün yer nişanı göndərə bilərsiniz, ya da “Xəritəsiz” düyməsini basın.
event-no-map = Xəritəsiz
event-write-capacity = Neçə nəfər iştirak edə bilər? Rəqəm yazın və ya “Məhdudiyyətsiz” düyməsini basın.
event-no-limit = Məhdudiyyətsiz
event-capacity-invalid = 1-dən { $max }-ə qədər tam ədəd yazın və ya “Məhdudiyyətsiz” düyməsini basın.
event-preview =
    Məsləhətləşməni yoxlayın.

    { $details }

    Yerlər: { $capacity ->
        [0] məhdudiyyətsiz
       *[other] { $capacity }
    }
    Dillər: { $languages }
    Dəvət olunacaq sakinlər: { $count }
event-publish = ✅ Dərc et, dəvət et
event-draft-cancelled = Ləğv edildi. Heç nə dərc olunmadı.
event-published = Dərc edildi. Növbədəki dəvətlər: { $count }. Görüşdə qeydiyyat kodu: { $code }
events-admin-none = Hələ məsləhətləşmə yoxdur. /event əmri ilə yaradın.
event-status-scheduled = planlaşdırılıb
event-status-cancelled = ləğv edilib
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Gələcək: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Bəlkə: { $maybe } · Gözləmə siyahısı: { $waitlist }
    Qeydiyyat kodu: { $code }
event-edit = ✏️ Dəyiş
event-cancel = ✖ Görüşü ləğv et
event-attendance = ☑️ İştirak
event-report = 📊 Hesabat
event-edit-what = Nəyi dəyişmək istəyirsiniz? Cavab verən hər kəsə xəbər veriləcək.
event-field-time = 🕒 Tarix və vaxt
event-field-dur = ⏱ Müddət
event-field-link = 💻 Onlayn keçid
event-field-place = 📍 Yer
event-field-cap = 👥 Yerlərin sayı
event-edit-time = Yeni tarixi və vaxtı yazın, məsələn { $example }.
event-edit-dur = Yeni müddəti dəqiqə ilə yazın, məsələn 90.
event-edit-link = Yeni keçidi göndərin (https://...).
event-edit-place = Yeni ünvanı yazın ({ $max } simvola qədər) və ya yer nişanı göndərin.
event-edit-cap = Yerlərin yeni sayını yazın.
event-saved = Yadda saxlanıldı. Dəyişiklik barədə xəbər verilən sakinlər: { $count }.
event-cancel-confirm = “{ $title }” ləğv edilsin? { $count ->
        [one] Cavab verən { $count } sakinə xəbər veriləcək.
       *[other] Cavab verən { $count } sakinə xəbər veriləcək.
    } Bunu geri qaytarmaq olmayacaq.
event-cancel-yes = ✖ Bəli, ləğv et
event-cancelled = Məsləhətləşmə ləğv edildi. Xəbər verilən sakinlər: { $count }.
event-closed = Bu məsləhətləşməni artıq dəyişmək olmaz (ləğv edilib və ya keçib).
event-attendance-none = Hələ heç kim gələcəyini bildirməyib.
event-attendance-title = Gələnləri qeyd edin (gələcəyini bildirən: { $count }). ✅ — iştirak edib.
event-report-choose = Hansı məsləhətləşmə?
event-report-text =
    Hesabat #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Dəvət olunub: { $invited }
    Gələcək: { $going } · Bəlkə: { $maybe } · Gələ bilməz: { $cant } · Gözləmə siyahısı: { $waitlist }
    İştirak edib: { $attended }
    Rəylər: { $count }, orta qiymət { $average } / 5
    Şərhlər:
    { $comments }

## Məsləhətləşmədə verilən təkliflər, səlahiyyətli orqana göndərişdə

forward-event = Görüşdə verilib: { $title } ({ $when })
