# Azərbaycanca. Sadə, nəzakətli və qısa: kiçik şəhər və kəndlərin sakinləri üçün.

language-self-name = Azərbaycanca

## İlk tanışlıq və dil

greeting =
    Salam! Mən bələdiyyənizin sakinlərə kömək edən botuyam.
    Burada elanları oxuya, hesabları onlayn ödəməyi öyrənə, ictimai müzakirələrdə iştirak edə və yerli hakimiyyət orqanlarına təklif göndərə bilərsiniz.

    Zəhmət olmasa, dili seçin:
language-choose = Zəhmət olmasa, dili seçin:
language-changed = Hazırdır. İndi Sizə Azərbaycan dilində yazacağam.

## Sakin harada yaşayır

place-choose-country = Hansı ölkədə yaşayırsınız?
place-choose-municipality = Hansı bələdiyyədə yaşayırsınız?
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
menu-consultations = 🗓 Müzakirələr
menu-proposal = ✍️ Təklif göndər
menu-settings = ⚙️ Parametrlər
back-to-menu = ← Əsas menyu
coming-soon = Bu bölmə tezliklə açılacaq. Səbriniz üçün təşəkkür edirik!
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
settings-change-language = 🌐 Dili dəyiş
settings-change-place = 📍 Yeri dəyiş
settings-notices-off = 🔕 Bildiriş istəmirəm
settings-notices-on = 🔔 Bildiriş istəyirəm
notices-off = Artıq bildiriş almayacaqsınız. Menyudan yenə də istifadə edə bilərsiniz. Bildirişləri yenidən almaq üçün /start göndərin.
notices-on-again = Bildirişlər yenidən açıldı.

## Kömək və əmrlər

help =
    Sizə bu işlərdə kömək edə bilərəm:
    📢 bələdiyyənizin elanları
    💳 hesabların onlayn ödənişi, addım-addım
    🗓 ictimai müzakirələr və görüşlər
    ✍️ yerli hakimiyyət orqanlarına təkliflər

    Əmrlər:
    /menu – əsas menyu
    /language – dili dəyişmək
    /settings – parametrləriniz
    /stop – bildirişləri dayandırmaq
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
