# Sorğular (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Sorğular
survey-list = Hazırda Sizin üçün açıq olan sorğular. Birini seçin:
survey-none-open = Hazırda Sizin üçün açıq sorğu yoxdur.
survey-invite =
    📋 Sorğu: { $title }
    { $intro }

    Zəhmət olmasa, { $closes } tarixinədək cavab verin. İstənilən vaxt dayanıb sonra davam edə bilərsiniz.
survey-start = Sorğuya başla
survey-continue = Sorğunu davam et
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Sual { $number } / { $total }
    { $text }

    { $how }
survey-how-single = Bir cavab seçin.
survey-how-multiple = Ən çoxu { $max } cavab işarələyin, sonra “Hazırdır” düyməsini basın.
survey-how-scale = 1-dən (ən az) 5-ədək (ən çox) seçin.
survey-how-number = Zəhmət olmasa, { $min } ilə { $max } arasında tam ədəd yazın.
survey-how-text = Zəhmət olmasa, cavabınızı yazın (ən çoxu { $max } simvol).
survey-scale-value = { $value }
survey-your-answer = Hazırkı cavabınız: { $answer }
survey-done = ✔ Hazırdır
survey-later = ⏸ Sonra davam et
survey-review =
    📋 { $title }
    Siz bütün suallara cavab verdiniz:
    { $answers }

    Cavabları göndərmək üçün “Bitir” düyməsini basın. Ondan əvvəl cavabı hələ dəyişə bilərsiniz.
survey-finish = ✔ Bitir
survey-change = ✏️ Cavabı dəyiş
survey-change-which = Hansı cavabı dəyişmək istəyirsiniz?
survey-thanks = Təşəkkür edirik! “{ $title }” sorğusuna cavablarınız saxlanıldı. Sorğu bağlananda nəticələri alacaqsınız.
survey-paused = “{ $title }” sorğusuna cavablarınız saxlanıldı. Sonra menyudan davam edə bilərsiniz.
survey-already-done = Siz artıq “{ $title }” sorğusuna cavab vermisiniz. Təşəkkür edirik!
survey-closed = “{ $title }” sorğusu bağlıdır. Verdiyiniz cavablar saxlanılıb.
survey-closed-midway = “{ $title }” sorğusu bağlandı. Bağlanana qədər verdiyiniz cavablar saxlanıldı və nəzərə alındı.
survey-reminder = 📋 “{ $title }” sorğusu tezliklə bağlanır. Dayandığınız yerdən davam edə bilərsiniz.
survey-hint-buttons = Zəhmət olmasa, düymələrlə cavab verin.
survey-hint-pick = Zəhmət olmasa, göstərilən cavablardan birini seçin.
survey-hint-too-many = Ən çoxu { $max } cavab işarələmək olar.
survey-hint-number = Zəhmət olmasa, { $min } ilə { $max } arasında tam ədəd yazın.
survey-hint-text-empty = Zəhmət olmasa, cavabınızı yazın (ən çoxu { $max } simvol).
survey-hint-text-long = Cavabınızda { $length } simvol var, həddi isə { $max }. Zəhmət olmasa, qısaldın.
survey-hint-old-button = Bu düymə əvvəlki suala aiddir. Zəhmət olmasa, göstərilən suala cavab verin.
survey-results-title = 📊 “{ $title }” sorğusunun nəticələri. Cavab verən sakinlər: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Orta: { $average }
survey-chart-footer = Cavab verən sakinlər: { $count }

survey-build-audience = { $municipality } bələdiyyəsində sorğu kimlər üçündür? Kəndləri işarələyin və ya hamını saxlayın.
survey-build-filter = Yalnız müəyyən dil və ya kanal istifadə edən sakinlər üçün? Onları işarələyin, hamı üçünsə heç nə işarələməyin.
survey-build-title = Zəhmət olmasa, sorğunun adını bu dildə yazın: { $language }.
survey-build-intro = Zəhmət olmasa, qısa giriş yazın və ya bu addımı keçin.
survey-build-no-intro = Keç
survey-build-kind = İndiyədək suallar: { $count }. Növbəti sual hansı növdə olsun?
survey-kind-single = Bir cavab
survey-kind-multiple = Bir neçə cavab
survey-kind-scale = 1–5 şkalası
survey-kind-number = Ədəd
survey-kind-text = Sərbəst mətn
survey-build-questions-done = ✔ Başqa sual yoxdur
survey-build-question = Zəhmət olmasa, { $number }-ci sualı yazın (ən çoxu { $max } simvol).
survey-build-options = Zəhmət olmasa, cavab variantlarını hərəsini yeni sətirdə yazın: 2-dən { $max }-ədək variant, hər biri ən çoxu { $length } simvol.
survey-build-max-choices = Sakin neçə cavab işarələyə bilər (1-dən { $max }-ədək)? Və ya keçin: istənilən qədər.
survey-build-max-length = Cavabda neçə simvol ola bilər (1-dən { $max }-ədək)? Və ya keçin: { $max }.
survey-build-no-limit = Keç
survey-build-bounds = Zəhmət olmasa, icazə verilən ən kiçik və ən böyük ədədi yazın, məsələn: 0-100
survey-build-skip = Keçidlər: bəzi cavablar sonrakı suala aparsınmı? Hər cavab üçün bir sətir yazın, məsələn “2 > 5” (2-ci cavab 5-ci suala aparır) və ya “3 > son”. Bu, { $position }-ci sualdır.
survey-build-no-skip = Keçidsiz
survey-build-too-many = Sorğuda ən çoxu { $max } sual ola bilər.
survey-build-too-long = Zəhmət olmasa, 1-dən { $max }-ədək simvol yazın.
survey-build-languages = Mətnləri başqa dildə əlavə edin və ya “Hazırdır” düyməsini basın.
survey-build-translate-title = Ad bu dildə: { $language }. Əsli: { $original }
survey-build-translate-intro = Giriş bu dildə: { $language }. Əsli: { $original }
survey-build-translate-q = Sual bu dildə: { $language }. Əsli: { $original }
survey-build-translate-o =
    Cavab variantları bu dildə: { $language }, hərəsi yeni sətirdə, eyni ardıcıllıqla. Əsli:
    { $original }
survey-build-translate-count = Zəhmət olmasa, düz { $count } variant yazın, hərəsini yeni sətirdə.
survey-build-anonymous = Sorğu anonim olsunmu? Onda heç bir ekran və ya ixrac kimin cavab verdiyini göstərməyəcək.
survey-build-anonymous-yes = Anonim
survey-build-anonymous-no = Anonim deyil
survey-build-opens = Sorğu nə vaxt açılsın? “İndi” düyməsini basın və ya vaxtı yazın ({ $place }), məsələn { $example }.
survey-build-open-now = İndi
survey-build-closes = Sorğu nə vaxt bağlansın? Müddət seçin və ya vaxtı yazın ({ $place }), məsələn { $example }.
survey-build-closes-past = Bağlanma vaxtı açılışdan sonra olmalıdır. Zəhmət olmasa, yenidən seçin ({ $place }, məsələn { $example }).
survey-days = { $days } gün
survey-build-time-invalid = Vaxtı başa düşə bilmədim. Zəhmət olmasa, belə yazın: { $example }.
survey-build-preview =
    Sorğu: { $title }
    Suallar: { $questions }
    Dillər: { $languages }
    { $anonymous }
    Açılır: { $opens }
    Bağlanır: { $closes }
    Dəvət olunan sakinlər: { $count }
survey-build-publish = ✔ Dərc et
survey-build-cancelled = Sorğu dərc olunmadı.
survey-published-open = № { $id } sorğu açıqdır. Yolda olan dəvətlər: { $count }.
survey-published-later = № { $id } sorğu { $when } açılacaq.

poll-question = Sürətli sorğu, 1-ci addım (3-dən): zəhmət olmasa, sualı yazın (ən çoxu { $max } simvol).
poll-closes = 3-cü addım (3-dən): sorğu neçə gün açıq qalsın? Seçən kimi açılacaq.

survey-staff-none = Hələ sorğu yoxdur. /survey və ya /poll əmri ilə yaradın.
survey-staff-item =
    № { $id } { $title }
    { $status } · { $opens } – { $closes }
    Başlayanlar: { $started } · Bitirənlər: { $finished }
survey-status-scheduled = Planlaşdırılıb
survey-status-open = Açıq
survey-status-closed = Bağlı
survey-status-cancelled = Ləğv edilib
survey-staff-results = 📊 Nəticələr
survey-staff-close = İndi bağla
survey-staff-closing = № { $id } sorğu bağlanır: cavablar artıq qəbul olunmur, nəticələr bir dəqiqə ərzində cavab verənlərə gedəcək.
survey-staff-cancelled = № { $id } sorğu ləğv edildi.
survey-staff-figures =
    📊 № { $id } { $title }
    Dəvət olunub: { $invited } · Başlayıb: { $started } · Bitirib: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Orta { $average } ({ $low } ilə { $high } arası)
survey-staff-by-community = Kəndlər üzrə
survey-staff-by-locale = Dillər üzrə
survey-staff-by-channel = Kanallar üzrə
survey-staff-group = { $group }: { $count } cavab verib
survey-staff-none-group = Göstərilməyib
survey-staff-no-answers = Hələ cavab yoxdur.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = № { $id } sorğunun cavabları.
