# Azərbaycanca. Sadə, nəzakətli və qısa: kiçik şəhər və kəndlərin sakinləri üçün.

language-self-name = Azərbaycanca

## İlk tanışlıq və dil

greeting =
    Salam! Mən { term-municipality.loc } yaşayan sakinlərə kömək edən botam.
    Burada elanları oxuya, hesabları onlayn ödəməyi öyrənə, ictimai müzakirələrdə iştirak edə və { term-authority.dat } təklif göndərə bilərsiniz.

    Sizə { term-authority.gen } bildirişlərini göndərəcəyəm. İstədiyiniz vaxt dayandırmaq üçün STOP yazın.

    Zəhmət olmasa, dili seçin:
language-choose = Zəhmət olmasa, dili seçin:
language-changed = Hazırdır. İndi Sizə Azərbaycan dilində yazacağam.

## Sakin harada yaşayır

place-choose-country = Hansı ölkədə yaşayırsınız?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Hansı bələdiyyədə yaşayırsınız?
        [KZ] Hansı rayonda yaşayırsınız?
        [AM] Hansı icmada yaşayırsınız?
        [KG] Hansı ayıl aymakda yaşayırsınız?
        [UZ] Hansı rayonda və ya məhəllədə yaşayırsınız?
        [TJ] Hansı camaatda və ya rayonda yaşayırsınız?
        [TM] Hansı etrapda yaşayırsınız?
       *[other] Hansı bələdiyyədə yaşayırsınız?
    }
place-choose-community =
    { $municipality } bələdiyyəsinə { $count ->
        [one] bir kənd
       *[other] { $count } kənd
    } daxildir. Siz hansında yaşayırsınız?
place-community-none = Siyahıda yoxdur
place-saved = Yadda saxlandı: { $place }.
place-not-found = Bu yeri tapa bilmədim. Zəhmət olmasa, siyahıdan seçin.
deep-link-unknown = “{ $code }” kodunu tanımıram. Zəhmət olmasa, bələdiyyənizi siyahıdan seçin.
back = ← Geri

## Əsas menyu

menu-title = Əsas menyu. Nə etmək istəyirsiniz?
menu-announcements = 📢 Elanlar
menu-payments = 💳 Onlayn ödəniş
menu-consultations = 🗓 Məsləhətləşmələr
menu-proposal = ✍️ Təklif göndər
menu-settings = ⚙️ Parametrlər
back-to-menu = ← Əsas menyu
welcome-back = Yenidən xoş gəlmisiniz! Nə etmək istəyirsiniz?

## Parametrlər və bildirişlər

settings-summary =
    Parametrləriniz:
    Dil: { $language }
    Yer: { $place }
    Bildirişlər: { $notices ->
        [on] açıqdır
       *[off] bağlıdır
    }
    Xatırlatmalar: { $reminders ->
        [on] açıqdır
       *[off] bağlıdır
    }
settings-change-language = 🌐 Dili dəyiş
settings-change-place = 📍 Yeri dəyiş
settings-notices-off = 🔕 Bildiriş istəmirəm
settings-notices-on = 🔔 Bildiriş istəyirəm
notices-off = Artıq bildiriş almayacaqsınız. Menyudan yenə də istifadə edə bilərsiniz. Bildirişləri yenidən almaq üçün START yazın.
notices-on-again = Bildirişlər yenidən açıldı.

## Kömək və əmrlər

help =
    Sizə bu işlərdə kömək edə bilərəm:
    📢 { term-authority.gen } elanları
    💳 hesabların onlayn ödənişi, addım-addım
    🗓 ictimai müzakirələr və görüşlər
    ✍️ { term-authority.dat } təkliflər

    Əmrlər:
    /menu – əsas menyu
    /language – dili dəyişmək
    /settings – parametrləriniz
    /checkin – görüşdə kodla qeydiyyatdan keçmək
    /stop – bildirişləri dayandırmaq (və ya STOP yazın)
    /start – yenidən başlamaq
command-start = Yenidən başlamaq
command-menu = Əsas menyu
command-language = Dili dəyişmək
command-settings = Parametrlərim
command-help = Bot nə edə bilər
command-stop = Bildirişləri dayandırmaq

## Yazılan mətn uyğun gəlmədikdə

hint-use-buttons = Bağışlayın, başa düşmədim. Zəhmət olmasa, aşağıdakı düymələrdən birini basın və ya onun nömrəsini yazın.
hint-text-only = Burada yalnız mətni və düymələri oxuya bilirəm. Zəhmət olmasa, aşağıdakı düymələrdən birini basın və ya onun nömrəsini yazın.
button-expired = Bu düymə artıq işləmir. Budur, əsas menyu.
unknown-command = Bu əmri tanımıram. Nə edə bildiyimi görmək üçün /help göndərin.
edit-not-supported = Artıq göndərdiyiniz mesajlardakı dəyişiklikləri görmürəm. Zəhmət olmasa, yeni mesaj göndərin.
group-only-private = Mən yalnız şəxsi yazışmada işləyirəm. Zəhmət olmasa, mənə birbaşa yazın.
error-generic = Bağışlayın, bizim tərəfdə xəta baş verdi. Zəhmət olmasa, bir dəqiqədən sonra yenidən cəhd edin.

## Elanlar: kateqoriyalar

category-utilities = 💧 Su, qaz, işıq
category-council = 🏛 İclas qərarları
category-budget = 💰 Büdcə
category-hiring = 💼 Vakansiyalar
category-grants = 🏆 Qrant, müsabiqə
category-events = 🗓 Tədbirlər
category-emergency = 🚨 Fövqəladə hal
category-surveys = 📋 Sorğular

## Elanlar: sakinlər üçün

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Bunlar ən son elanlardır.
news-older = ◂ Əvvəlkilər
news-none = Hələ { term-authority.gen } elanı yoxdur.
news-no-more = Daha əvvəlki elan yoxdur.
news-no-place = Zəhmət olmasa, əvvəlcə /settings bölməsində bələdiyyənizi seçin.

## Elanlar: dərc edənlər üçün

announce-not-allowed = Bunu yalnız elan dərc edən { term-authority } əməkdaşları edə bilər.
announce-choose-municipality = Bu elan hansı bələdiyyə üçündür?
announce-choose-audience = { $municipality } bələdiyyəsində elanı kimlər almalıdır? Lazım olan kəndləri seçin, sonra “Davam et” düyməsini basın.
announce-audience-all = { $mark } Hamıya
announce-continue = Davam et ▸
announce-choose-category = Elan nə haqqındadır?
announce-write-text = Zəhmət olmasa, elanı bu dildə yazın: { $language } (ən çox { $max } simvol).
announce-text-too-long = Bu mətndə { $length } simvol var, hədd isə { $max } simvoldur. Zəhmət olmasa, mətni qısaldıb yenidən göndərin.
announce-add-language = Yadda saxlandı. Başqa dildə oxuyan sakinlər yazdığınız variantlardan ən yaxın dildə olanını alacaq. Tərcümə əlavə edin və ya “Hazırdır” düyməsini basın.
announce-languages-done = ✔ Hazırdır
announce-attach = Foto və ya sənəd (məsələn, qərarın PDF faylı) əlavə edə bilərsiniz. İndi göndərin və ya “Əlavəsiz” düyməsini basın.
announce-no-attachment = Əlavəsiz
announce-choose-time = Elan nə vaxt göndərilsin?
announce-send-now = İndi göndər
announce-schedule = Vaxtı seç
announce-now = indi
announce-write-time = Zəhmət olmasa, tarixi və saatı { $municipality } vaxtı ilə yazın, məsələn: { $example }.
announce-time-invalid = Bu tarixi başa düşə bilmədim. Zəhmət olmasa, belə yazın: { $example }.
announce-time-past = Bu vaxt artıq keçib. Zəhmət olmasa, gələcək vaxtı yazın, məsələn: { $example }.
announce-preview =
    Zəhmət olmasa, elanı yoxlayın.
    Yer: { $place }
    Mövzu: { $category }
    Dillər: { $languages }
    Əlavə: { $attachment ->
        [photo] foto
        [document] sənəd
       *[none] yoxdur
    }
    Vaxt: { $when }
    Elanı { $count ->
        [one] bir sakin
       *[other] { $count } sakin
    } alacaq.

    { $text }
announce-confirm = ✅ Göndər
announce-cancel = ✖ Ləğv et
announce-cancelled = Ləğv edildi. Heç nə göndərilmədi.
announce-scheduled = Elan { $when } tarixində göndəriləcək.
announce-sending = Elan { $count ->
        [one] bir sakinə
       *[other] { $count } sakinə
    } göndərilir.
announce-sending-later = { $place } üçün indi sakitlik saatlarıdır. Elan { $start } vaxtından { $count ->
        [one] bir sakinə
       *[other] { $count } sakinə
    } göndəriləcək.
announce-when-quiet = { $when } (sakitlik saatları: göndəriş { $start } vaxtında başlayır)
announcements-none = Hələ elan yoxdur.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] planlaşdırılıb
        [cancelled] ləğv edilib
        [withdrawn] geri çəkilib
       *[released] göndərilib
    }
    Göndərilib: { $sent }, növbədə: { $queued }, uğursuz: { $failed }, botu bloklayıb: { $blocked }
    { $text }
announcements-cancel = ✖ Ləğv et
announcements-correct = ✏️ Düzəliş et
announcements-withdraw = 🗑 Geri çək
announcements-cancelled = #{ NUMBER($id, useGrouping: 0) } nömrəli elan ləğv edildi.
announcements-withdrawn = #{ NUMBER($id, useGrouping: 0) } nömrəli elan geri çəkildi. Onun nüsxələri { $count ->
        [one] bir yazışmadan
       *[other] { $count } yazışmadan
    } silinir; nəticəni /announcements göstərir.
announcements-withdrawal = Geri çəkmə: silinib { $deleted }, qeydlə əvəz olunub { $noted }, növbədə { $waiting }, uğursuz { $failed }
announcements-choose-language = Hansı dildəki mətni düzəltmək istəyirsiniz?
announcements-corrected = #{ NUMBER($id, useGrouping: 0) } nömrəli elan { $count ->
        [one] bir yazışmada
       *[other] { $count } yazışmada
    } düzəldildi.

## Parametrlər: elan mövzuları

settings-reminders-off = ⏰ Xatırlatmayın
settings-reminders-on = ⏰ Xatırladın
settings-topics = 🗂 Mövzular
topics-title = Hansı elanları almaq istədiyinizi seçin. Mövzunu açıb-bağlamaq üçün üzərinə basın. Fövqəladə hal xəbərdarlıqları həmişə gəlir.
topics-saved = Yadda saxlanıldı. Mövzunu açıb-bağlamaq üçün üzərinə basın.

## Məlumat kitabxanası

news-library = 📚 Məlumat
library-title = Burada { term-authority.gen } məlumatları var. Mövzu seçin:
library-empty = Burada hələ { term-authority.gen } məlumatı yoxdur.
library-choose-item = { $category }: birini seçin.
library-acts = 📜 Hüquqi aktlar
library-council = 🏛 İclas qərarları
library-budget = 💰 Büdcənin icrası
library-hiring = 💼 İş yerləri
library-integrity = ⚖️ Maraqlar toqquşması
library-contacts = ☎️ Əlaqə

## Onlayn ödəniş: təlimatlar

tutorials-title = Onlayn ödəməyi addım-addım öyrənin. Təlimat seçin:
tutorials-none = Ölkəniz üçün hələ ödəniş təlimatı yoxdur.
tutorial-step =
    { $title } · addım { $number }/{ $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Yenidən xoş gəlmisiniz! { $number } nömrəli addımdan davam edirik.
tutorial-first-step = Bu, ilk addımdır.
tutorial-next = Növbəti ▸
tutorial-finish = Hazırdır ▸
tutorial-back = ◂ Geri
tutorial-restart = ↺ Yenidən başla
tutorial-stuck = 🆘 Çətinlik çəkirəm
tutorial-did-you-pay = Onlayn ödəyə bildinizmi?
tutorial-paid-yes = ✅ Bəli
tutorial-paid-not-yet = ⏳ Hələ yox
tutorial-paid-help = 🆘 Kömək lazımdır
tutorial-paid-thanks = Əla, bizə xəbər verdiyiniz üçün təşəkkür edirik! Onlayn ödəniş Sizi yoldan və növbədən qurtarır.
tutorial-not-yet = Eybi yoxdur. Sizə { $days ->
        [one] bir gün
       *[other] { $days } gün
    } sonra xatırladacağam. Təlimatı istənilən vaxt menyudan yenidən aça bilərsiniz.
tutorial-not-yet-no-reminder = Eybi yoxdur. Təlimatı istənilən vaxt menyudan yenidən aça bilərsiniz.
tutorial-reminder = Salam! Bir neçə gün əvvəl “{ $title }” təlimatına baxmışdınız. Onlayn ödəməyi yenidən sınamaq istəyirsinizmi?
tutorial-reminder-open = 📖 Təlimatı aç
tutorial-reminders-off = 🔕 Xatırlatmayın
tutorial-reminders-stopped = Artıq Sizə təlimatlarla bağlı xatırlatma göndərməyəcəyəm.

## Kömək müraciətləri

help-sent = Sualınız (#{ NUMBER($id, useGrouping: 0) }) { term-municipality.gen } köməkçilərinə göndərildi. Onların cavabı buraya gələcək.
help-stored = Sualınız (#{ NUMBER($id, useGrouping: 0) }) yadda saxlandı. İmkan tapan kimi { term-municipality.gen } köməkçiləri burada cavab verəcəklər.
help-request =
    🆘 #{ NUMBER($id, useGrouping: 0) } nömrəli kömək müraciəti
    Təlimat: { $title }, addım { $number }/{ $total }
    Sakinin dili: { $language }.
help-answer = ✍️ Cavab ver
help-not-allowed = Bu müraciətə yalnız bu { term-municipality.gen } köməkçiləri cavab verə bilər.
help-already-answered = #{ NUMBER($id, useGrouping: 0) } nömrəli müraciətə artıq cavab verilib.
help-write-answer = Zəhmət olmasa, #{ NUMBER($id, useGrouping: 0) } nömrəli müraciətə cavabınızı yazın. Sakin onu burada, botla yazışmada alacaq.
help-answer-length = Zəhmət olmasa, ən çox { $max } simvoldan ibarət cavab yazın.
help-answer-sent = Təşəkkür edirik! Cavabınız göndərildi, #{ NUMBER($id, useGrouping: 0) } nömrəli müraciət bağlandı.
help-answer-for-resident =
    💬 “{ $title }” təlimatı ilə bağlı sualınıza cavab:

    { $answer }
announcement-withdrawn-note = Zəhmət olmasa, bu elanı nəzərə almayın, o geri götürülüb: «{ $text }»
