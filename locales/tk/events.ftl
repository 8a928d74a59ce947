## Consultations: residents

command-checkin = Çäredeýin: bellige alynmak
events-title = Ýakyn maslahatlaşyklar: { $count }. Görmek we jogap bermek üçin birini saýlaň.
events-item = { $title } · { $when } { $answer }
events-none = Ýeriňiz üçin häzirlikçe maslahatlaşyk ýok. Bolanda Size çakylyk ibereris.
events-all = 🗓 Hemmesi
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Onlaýn “amaly maslahat” duşuşygy
event-kind-seminar = Seminar
event-kind-round_table = Tegelek stol
event-kind-dialogue = Dialog meýdançasy
event-kind-training = Okuw
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } min.)
    { $where }

    { $text }
event-where-online = 💻 Onlaýn
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 onlaýn hem
event-place-map = { $place } ({ $link })
event-invite =
    Siz çagyryldyňyz!

    { $details }

    Gelersiňizmi?
event-card =
    { $details }

    Jogabyňyz: { $answer }
event-answer-going = gelerin
event-answer-maybe = belki
event-answer-cant = gelip bilmerin
event-answer-waitlist = garaşyş sanawynda
event-answer-none = entek jogap ýok
event-going = ✅ Gelerin
event-maybe = ❔ Belki
event-cant = ✖ Gelip bilmerin
event-calendar = 📅 Senenama
event-open = 🗓 Açmak
event-here = 📍 Men şu ýerde
event-propose = ✍️ Teklip bermek
event-answered-going = Sag boluň! Siz gelýärsiňiz: “{ $title }”, { $date }, sagat { $time }. Başlamazyndan öň ýatladarys.
event-answered-maybe = Bellendi: belki. “{ $title }” barada ýatladarys, { $date }, sagat { $time }.
event-answered-cant = Bellendi: “{ $title }” çäresine gelip bilmersiňiz. Jogabyňyzy “Maslahatlaşyklar” bölüminde üýtgedip bilersiňiz.
event-answered-waitlist = “{ $title }” üçin ähli orunlar eýeleňen. Siz garaşyş sanawynda: orun boşasa, ol Siziňki bolar we biz habar bereris.
event-link = Goşulmak üçin salgy: { $link }
event-calendar-file = “{ $title }”: senenama goşmak üçin bu faýly açyň.
event-gone = Bu maslahatlaşyk indi elýeterli däl. Ine, esasy menýu.
event-was-cancelled = “{ $title }” ýatyryldy. Ine, esasy menýu.
event-started = “{ $title }” eýýäm başlady, jogaplar kabul edilmeýär.
event-not-yet = “{ $title }” entek geçmedi.
event-reminder =
    Ýatlatma: “{ $title }” başlaýar: { $date }, sagat { $time }.
    { $where }
event-reminder-link =
    Ýatlatma: “{ $title }” başlaýar: { $date }, sagat { $time }.
    { $where }
    Goşulmak üçin salgy: { $link }
event-changed =
    “{ $title }” üýtgedi. Täze maglumatlar:

    { $details }
event-cancelled-notice = Bagyşlaň: “{ $title }” ({ $date }, sagat { $time }) ýatyryldy.
event-promoted = Hoş habar: orun boşady we ol Siziňki. Siz gelýärsiňiz: “{ $title }”, { $date }, sagat { $time }.
event-feedback-ask = “{ $title }” çäresine gatnaşanyňyz üçin sag boluň. Näderejede peýdaly boldy? 1 (peýdasyz) bilen 5 (örän peýdaly) aralygynda saýlaň.
event-feedback-comment = Sag boluň! Teswir goşmak isleýärsiňizmi ({ $max } harpa çenli)? Ýazyň ýa-da “Geçmek” düwmesine basyň.
event-feedback-skip = Geçmek
event-feedback-thanks = Pikiriňiz üçin sag boluň!
event-text-too-long = Bu tekstde { $length } harp bar; çägi { $max }. Täzeden ýazyň.
event-propose-not-yet = Maslahatlaşyk barada teklibi oňa gatnaşanlar, ol başlandan soň berip bilýär.
checkin-ask = Çärede görkezilen kody ýazyň (4 san).
checkin-wrong = Bu kod nädogry. Çärede görkezilen kody barlap, täzeden ýazyň.
checkin-too-many = Nädogry kod gaty köp gezek ýazyldy. Guramaçylardan kömek soraň.
checkin-closed = “{ $title }” üçin bellige alyş başlamazyndan bir sagat öň açylýar we gutarandan bir sagat soň ýapylýar.
checkin-none-now = Häzir bellige alynmak üçin maslahatlaşyk ýok.
checkin-done = Hoş geldiňiz! Siz “{ $title }” çäresinde bellige alyndyňyz.

## Consultations: staff

event-not-allowed = Maslahatlaşyklary diňe bildiriş çap edýän { term-authority } işgärleri dolandyryp bilýär.
event-choose-municipality = Bu maslahatlaşyk haýsy geňeş üçin?
event-choose-audience = Kimi çagyrmaly? Geňeş: { $municipality }. Obalara basyp saýlaň, soňra “Dowam et” düwmesine basyň.
event-choose-kind = Bu nähili çäre?
event-write-title = Adyny ýazyň. Dil: { $language } ({ $max } harpa çenli).
event-write-text = Indi gysgaça düşündiriş. Dil: { $language }. Näme barada we kim üçin ({ $max } harpa çenli).
event-add-language = Ýatda saklandy. Terjime goşuň ýa-da “Taýýar” düwmesine basyň.
event-write-time = Haçan başlaýar? Senäni we wagty ýazyň (ýerli wagt, { $municipality }), meselem { $example }.
event-time-invalid = Bu senäni okap bilmedim. Şeýle ýazyň: { $example }.
event-time-past = Bu wagt geçdi. Geljekdäki wagty ýazyň, meselem { $example }.
event-write-duration = Näçe wagt dowam edýär? Minut sanyny (meselem 90) ýa-da sagat we minudy (1:30) ýazyň ýa-da düwmä basyň. Bu ýerde ýazan sanyňyz minutdyr.
event-duration-invalid = Dowamlylygy minutda ýazyň (15-den { $max } çenli), meselem 90 ýa-da 1:30.
event-write-link = Onlaýn goşulmak üçin salgyny iberiň (https://...) ýa-da “Salgysyz” düwmesine basyň.
event-no-link = Salgysyz
event-link-invalid = Bu web salgy däl. https:// bilen başlaýan salgy iberiň.
event-write-place = Nirede geçýär? Salgyny ýazyň ({ $max } harpa çenli) ýa-da ýerleşýän ýeri iberiň.
event-no-place = Diňe onlaýn
event-ask-map = Ýaşaýjylar ýeri kartadan tapar ýaly ýerleşýän ýeri iberip bilersiňiz ýa-da “Kartasyz” düwmesine basyň.
event-no-map = Kartasyz
event-write-capacity = Näçe adam gatnaşyp biler? San ýazyň ýa-da “Çäksiz” düwmesine basyň.
event-no-limit = Çäksiz
event-capacity-invalid = 1-den { $max } çenli bitin san ýazyň ýa-da “Çäksiz” düwmesine basyň.
event-preview =
    Maslahatlaşygy barlaň.

    { $details }

    Orunlar: { $capacity ->
        [0] çäksiz
       *[other] { $capacity }
    }
    Diller: { $languages }
    Häzir çagyryljak ýaşaýjylar: { $count }
event-publish = ✅ Çap etmek
event-draft-cancelled = Ýatyryldy. Hiç zat çap edilmedi.
event-published = Çap edildi. Nobatdaky çakylyklar: { $count }. Bellige alyş kody: { $code }
events-admin-none = Häzirlikçe maslahatlaşyk ýok. /event bilen dörediň.
event-status-scheduled = meýilleşdirilen
event-status-cancelled = ýatyrylan
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Gelýär: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Belki: { $maybe } · Garaşyş sanawy: { $waitlist }
    Bellige alyş kody: { $code }
event-edit = ✏️ Üýtgetmek
event-cancel = ✖ Ýatyrmak
event-attendance = ☑️ Gatnaşyk
event-report = 📊 Hasabat
event-edit-what = Nämäni üýtgetjek? Jogap berenleriň hemmesine habar beriler.
event-field-time = 🕒 Sene we wagt
event-field-dur = ⏱ Dowamlylygy
event-field-link = 💻 Onlaýn salgy
event-field-place = 📍 Ýeri
event-field-cap = 👥 Orunlar
event-edit-time = Täze senäni we wagty ýazyň, meselem { $example }.
event-edit-dur = Täze dowamlylygy minutda ýazyň, meselem 90.
event-edit-link = Täze salgyny iberiň (https://...).
event-edit-place = Täze salgyny ýazyň ({ $max } harpa çenli) ýa-da ýerleşýän ýeri iberiň.
event-edit-cap = Orunlaryň täze sanyny ýazyň.
event-saved = Ýatda saklandy. Üýtgeşme barada habar berlen ýaşaýjylar: { $count }.
event-cancel-confirm = “{ $title }” ýatyrylsynmy? { $count ->
        [one] Jogap beren { $count } ýaşaýja habar beriler.
       *[other] Jogap beren { $count } ýaşaýja habar beriler.
    } Muny yzyna gaýtaryp bolmaýar.
event-cancel-yes = ✖ Hawa, ýatyr
event-cancelled = Maslahatlaşyk ýatyryldy. Habar berlen ýaşaýjylar: { $count }.
event-closed = Bu maslahatlaşygy indi üýtgedip bolmaýar (ýatyrylan ýa-da gutaran).
event-attendance-none = Entek hiç kim “gelerin” diýmedi.
event-attendance-title = Gelenlere basyň ({ $count } adam “gelerin” diýdi). ✅ gatnaşdy diýmek.
event-report-choose = Haýsy maslahatlaşyk?
event-report-text =
    Hasabat #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Çagyryldy: { $invited }
    Gelýär: { $going } · Belki: { $maybe } · Gelip bilmeýär: { $cant } · Garaşyş sanawy: { $waitlist }
    Gatnaşdy: { $attended }
    Pikirler: { $count }, ortaça baha { $average } / 5
    Teswirler:
    { $comments }

## Proposals raised at a consultation, in the authority's forward

forward-event = Maslahatlaşykda aýdyldy: { $title } ({ $when })
