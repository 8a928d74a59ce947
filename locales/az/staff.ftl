# Çatda əməkdaşlar: yazılı seçim, təsdiqlər, rollara görə kömək, əməkdaşlar üçün siyahılar.
typed-choice-ambiguous = Bu adda bir neçə düymə var. Zəhmət olmasa, istədiyiniz düymənin nömrəsini yazın: { $numbers }.
event-duration-button = { $minutes } dəq
authority-list =
    { $count ->
        [0] Cavabınızı gözləyən təklif yoxdur.
       *[other] Cavab veriləcək təkliflər: { $count }. Burada göstərilir: { $shown }. Cavab vermək üçün təklifin altında “✍️ Cavab vermək” düyməsini basın və ya /answer və onun nömrəsini yazın.
    }
authority-answered-before = İndiyədək cavabınız: { $answer }
authority-number-unknown = { $number } nömrəli təklif qurumunuzun təklifləri arasında tapılmadı. Siyahını görmək üçün /answer göndərin.
announcements-cancel-sure =
    { $when } üçün planlaşdırılmış #{ $id } elanı ləğv edilsin? { $count ->
        [one] Onu { $count } sakin almayacaq.
       *[other] Onu { $count } sakin almayacaq.
    } Bunu geri qaytarmaq olmayacaq.
announcements-withdraw-sure =
    #{ $id } elanı { $count ->
        [one] { $count } sakinin
       *[other] { $count } sakinin
    } çatından geri götürülsün? Artıq silinə bilməyən yerdə onu qısa qeyd əvəz edəcək. Hələ göndərilməmiş nüsxələr ({ $waiting }) göndərilməyəcək. Bunu geri qaytarmaq olmayacaq.
announcements-cancel-yes = ✖ Bəli, ləğv edin
announcements-withdraw-yes = 🗑 Bəli, geri götürün
help-staff-title = 🛠 Əməkdaş kimi əmrləriniz:
help-staff-role =
    { $place } · { $role ->
        [moderator] moderator
        [publisher] dərc edən
        [authority] hakimiyyət orqanının əməkdaşı
       *[admin] administrator
    }
help-staff-everywhere = Bütün bələdiyyələr
help-requests-not-allowed = Sakinlərin kömək sorğularını yalnız moderatorlar görə bilər.
help-requests-list =
    { $count ->
        [0] Cavab gözləyən kömək sorğusu yoxdur.
       *[other] Cavab gözləyən kömək sorğuları: { $count }. Burada əvvəlcə köhnələr göstərilir: { $shown }.
    }
command-queue = Qərar gözləyən təkliflər
command-requests = Sakinlərin kömək sorğuları
command-announce = Elan yazmaq və göndərmək
command-announcements = Göndərilmiş elanlar: ləğv, düzəliş, geri götürmə
command-event = Sakinləri görüşə dəvət etmək
command-events = Görüşləriniz: dəyişmək, ləğv etmək, iştirak
command-event_report = Görüş haqqında hesabat
command-answer = Qurumunuzun cavab verəcəyi təkliflər
authority-done-sure = { $number } nömrəli təklif icra olunmuş kimi qeyd edilsin? Sakinə xəbər veriləcək və bundan sonra cavab əlavə etmək olmayacaq.
authority-done-yes = ✅ Bəli, icra edildi
