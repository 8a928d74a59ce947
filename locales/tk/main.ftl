# Türkmençe. Düşnükli, sypaýy we gysga: kiçi şäherleriň we obalaryň ýaşaýjylary üçin.

language-self-name = Türkmençe

## First contact and language

greeting =
    Salam! Men { term-municipality.loc } ýaşaýanlar üçin jemgyýetçilik boty.
    Bu ýerde bildirişleri okap, tölegleri onlaýn geçirmegi öwrenip, maslahatlaşyklara gatnaşyp we { term-authority.dat } teklip iberip bilersiňiz.

    Size { term-authority.gen } habarlaryny iberýärin. Olary islän wagtyňyz togtatmak üçin BES diýip ýazyň.

    Diliňizi saýlaň:
language-choose = Diliňizi saýlaň:
language-changed = Taýýar. Indi Size türkmençe ýazaryn.

## Where the resident lives

place-choose-country = Haýsy ýurtda ýaşaýarsyňyz?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Haýsy munisipalitetde ýaşaýarsyňyz?
        [KZ] Haýsy etrapda ýaşaýarsyňyz?
        [AM] Haýsy jemgyýetde ýaşaýarsyňyz?
        [KG] Haýsy aýyl aýmakda ýaşaýarsyňyz?
        [UZ] Haýsy etrapda ýa-da mähellede ýaşaýarsyňyz?
        [TJ] Haýsy jamagatda ýa-da etrapda ýaşaýarsyňyz?
        [TM] Haýsy etrapda ýaşaýarsyňyz?
       *[other] Haýsy geňeşde ýaşaýarsyňyz?
    }
place-choose-community =
    { $municipality }: { $count ->
        [one] { $count } oba
       *[other] { $count } oba
    }. Haýsysynda ýaşaýarsyňyz?
place-community-none = Sanawda ýok
place-saved = Ýatda saklandy: { $place }.
place-not-found = Bu ýeri tapyp bilmedim. Sanawdan saýlaň.
deep-link-unknown = “{ $code }” koduny bilemok. Geňeşiňizi sanawdan saýlaň.
back = ← Yza

## Main menu

menu-title = Esasy menýu. Näme etmek isleýärsiňiz?
menu-announcements = 📢 Bildirişler
menu-payments = 💳 Onlaýn tölemek
menu-consultations = 🗓 Maslahatlaşyklar
menu-proposal = ✍️ Teklip ibermek
menu-settings = ⚙️ Sazlamalar
back-to-menu = ← Esasy menýu
welcome-back = Hoş geldiňiz! Näme etmek isleýärsiňiz?

## Settings and notices

settings-summary =
    Siziň sazlamalaryňyz:
    Dil: { $language }
    Ýer: { $place }
    Habarlar: { $notices ->
        [on] açyk
       *[off] ýapyk
    }
    Ýatlatmalar: { $reminders ->
        [on] açyk
       *[off] ýapyk
    }
settings-change-language = 🌐 Dili üýtgetmek
settings-change-place = 📍 Ýeri üýtgetmek
settings-notices-off = 🔕 Habarlary ýapmak
settings-notices-on = 🔔 Habarlary açmak
notices-off = Indi habar almarsyňyz. Menýuny ulanyp bilersiňiz. Täzeden almak üçin BAŞLA diýip ýazyň.
notices-on-again = Habarlar täzeden açyldy.

## Help and commands

help =
    Men şu işlerde kömek edýärin:
    📢 { term-authority.gen } bildirişleri
    💳 tölegleri onlaýn geçirmek, ädimme-ädim
    🗓 maslahatlaşyklar we duşuşyklar
    ✍️ { term-authority.dat } teklipler

    Buýruklar:
    /menu – esasy menýu
    /language – dili üýtgetmek
    /settings – sazlamalaryňyz
    /checkin – maslahatlaşykda kod bilen bellige alynmak
    /stop – habarlary togtatmak (ýa-da BES diýip ýazyň)
    /start – täzeden başlamak
command-start = Täzeden başlamak
command-menu = Esasy menýu
command-language = Dili üýtgetmek
command-settings = Sazlamalarym
command-help = Bot näme edip bilýär
command-stop = Habarlary togtatmak

## When input does not fit

hint-use-buttons = Bagyşlaň, düşünmedim. Aşakdaky düwmä basyň ýa-da onuň belgisini ýazyň.
hint-text-only = Bu ýerde diňe tekst we düwmeleri okap bilýärin. Aşakdaky düwmä basyň ýa-da onuň belgisini ýazyň.
button-expired = Bu düwme indi işlemeýär. Ine, esasy menýu.
unknown-command = Bu buýrugy bilemok. Näme edip bilýändigimi görmek üçin /help iberiň.
edit-not-supported = Iberilen habarlardaky üýtgetmeleri görmeýärin. Täze habar iberiň.
group-only-private = Men diňe şahsy çatda işleýärin. Maňa gönüden-göni ýazyň.
error-generic = Bagyşlaň, bizde ýalňyşlyk ýüze çykdy. Bir minutdan soň täzeden synanyşyň.

## Announcements: categories

category-utilities = 💧 Suw, gaz, elektrik
category-council = 🏛 Geňeşiň kararlary
category-budget = 💰 Býujet
category-hiring = 💼 Iş orunlary
category-grants = 🏆 Grantlar, bäsleşikler
category-events = 🗓 Çäreler
category-emergency = 🚨 Adatdan daşary ýagdaý
category-surveys = 📋 Soragnamalar

## Announcements: residents

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Bular iň soňky bildirişler.
news-older = ◂ Öňküler
news-none = Häzirlikçe { term-authority.gen } bildirişleri ýok.
news-no-more = Öňki bildirişler ýok.
news-no-place = Ilki /settings bölüminde geňeşiňizi saýlaň.

## Announcements: publishers

announce-not-allowed = Muny diňe bildiriş çap edýän { term-authority } işgärleri edip bilýär.
announce-choose-municipality = Bu bildiriş haýsy geňeş üçin?
announce-choose-audience = Kimler alsyn? Geňeş: { $municipality }. Obalara basyp saýlaň, soňra “Dowam et” düwmesine basyň.
announce-audience-all = { $mark } Hemmesi
announce-continue = Dowam et ▸
announce-choose-category = Bildiriş näme barada?
announce-write-text = Bildirişi ýazyň. Dil: { $language } ({ $max } harpa çenli).
announce-text-too-long = Bu tekstde { $length } harp bar; çägi { $max }. Gysgaldyp, täzeden iberiň.
announce-add-language = Ýatda saklandy. Başga dilde okaýan ýaşaýjylar Siziň ýazan iň ýakyn diliňizi alarlar. Terjime goşuň ýa-da “Taýýar” düwmesine basyň.
announce-languages-done = ✔ Taýýar
announce-attach = Surat ýa-da resminama (meselem, kararyň PDF faýly) goşup bilersiňiz. Häzir iberiň ýa-da “Goşundysyz” düwmesine basyň.
announce-no-attachment = Goşundysyz
announce-choose-time = Haçan iberilsin?
announce-send-now = Häzir ibermek
announce-schedule = Wagt saýlamak
announce-now = häzir
announce-write-time = Senäni we wagty ýazyň (ýerli wagt, { $municipality }), meselem { $example }.
announce-time-invalid = Bu senäni okap bilmedim. Şeýle ýazyň: { $example }.
announce-time-past = Bu wagt geçdi. Geljekdäki wagty ýazyň, meselem { $example }.
announce-preview =
    Bildirişi barlaň.
    Ýer: { $place }
    Tema: { $category }
    Diller: { $languages }
    Goşundy: { $attachment ->
        [photo] surat
        [document] resminama
       *[none] ýok
    }
    Haçan: { $when }
    Alýanlar: { $count ->
        [one] { $count } ýaşaýjy
       *[other] { $count } ýaşaýjy
    }.

    { $text }
announce-confirm = ✅ Ibermek
announce-cancel = ✖ Ýatyrmak
announce-cancelled = Ýatyryldy. Hiç zat iberilmedi.
announce-scheduled = Meýilleşdirildi: { $when }.
announce-sending = Iberilýär. Alýanlar: { $count ->
        [one] { $count } ýaşaýjy
       *[other] { $count } ýaşaýjy
    }.
announce-sending-later = Häzir dynç sagatlary (ýer: { $place }). Bildiriş { $start } başlap iberiler. Alýanlar: { $count ->
        [one] { $count } ýaşaýjy
       *[other] { $count } ýaşaýjy
    }.
announce-when-quiet = { $when } (dynç sagatlary: ibermek { $start } başlar)
announcements-none = Häzirlikçe bildiriş ýok.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] meýilleşdirilen
        [cancelled] ýatyrylan
        [withdrawn] yzyna alnan
       *[released] iberilen
    }
    Ýetirildi: { $sent }, garaşýar: { $queued }, ýalňyş: { $failed }, petiklenen: { $blocked }
    { $text }
announcements-cancel = ✖ Ýatyrmak
announcements-correct = ✏️ Düzetmek
announcements-withdraw = 🗑 Yzyna almak
announcements-cancelled = Bildiriş #{ NUMBER($id, useGrouping: 0) } ýatyryldy.
announcements-withdrawn = Bildiriş #{ NUMBER($id, useGrouping: 0) } yzyna alyndy. Onuň nusgalary çatlardan pozulýar ({ $count ->
        [one] { $count } çat
       *[other] { $count } çat
    }); netijäni /announcements görkezýär.
announcements-withdrawal = Yzyna almak: pozuldy { $deleted }, bellik bilen çalşyldy { $noted }, garaşýar { $waiting }, ýalňyş { $failed }
announcements-choose-language = Haýsy dildäkini düzetjek?
announcements-corrected = Bildiriş #{ NUMBER($id, useGrouping: 0) } düzedildi ({ $count ->
        [one] { $count } çat
       *[other] { $count } çat
    }).

## Settings: announcement topics

settings-reminders-off = ⏰ Ýatlatmany ýapmak
settings-reminders-on = ⏰ Ýatlatma almak
settings-topics = 🗂 Temalar
topics-title = Haýsy bildirişleri almak isleýärsiňiz? Temany açmak ýa-da ýapmak üçin oňa basyň. Adatdan daşary duýduryşlar hemişe gelýär.
topics-saved = Ýatda saklandy. Temany açmak ýa-da ýapmak üçin oňa basyň.

## Information library

news-library = 📚 Maglumat
library-title = Bu ýerde { term-authority.gen } maglumatlary. Temany saýlaň:
library-empty = Bu ýerde häzirlikçe { term-authority.gen } maglumatlary ýok.
library-choose-item = { $category }: saýlaň.
library-acts = 📜 Hukuk namalary
library-council = 🏛 Geňeşiň kararlary
library-budget = 💰 Býujet hasabaty
library-hiring = 💼 Iş orunlary
library-integrity = ⚖️ Bähbitler çaknyşygy
library-contacts = ☎️ Habarlaşmak

## Pay online: tutorials

tutorials-title = Onlaýn tölemegi ädimme-ädim öwreniň. Gollanmany saýlaň:
tutorials-none = Ýurduňyz üçin häzirlikçe töleg gollanmalary ýok.
tutorial-step =
    { $title } · { $total } ädimden { $number }-nji ädim

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Hoş geldiňiz! { $number }-nji ädimden dowam edýäris.
tutorial-first-step = Bu birinji ädim.
tutorial-next = Indiki ▸
tutorial-finish = Taýýar ▸
tutorial-back = ◂ Yza
tutorial-restart = ↺ Başdan
tutorial-stuck = 🆘 Düşünmedim
tutorial-did-you-pay = Onlaýn töläp bildiňizmi?
tutorial-paid-yes = ✅ Hawa
tutorial-paid-not-yet = ⏳ Entek ýok
tutorial-paid-help = 🆘 Kömek gerek
tutorial-paid-thanks = Berekella, aýdanyňyz üçin sag boluň! Onlaýn töleg ýoldan we nobatdan halas edýär.
tutorial-not-yet = Zyýany ýok. { $days ->
        [one] { $days } günden
       *[other] { $days } günden
    } soň ýatladaryn. Gollanmany islän wagtyňyz menýudan täzeden açyp bilersiňiz.
tutorial-not-yet-no-reminder = Zyýany ýok. Gollanmany islän wagtyňyz menýudan täzeden açyp bilersiňiz.
tutorial-reminder = Salam! Birnäçe gün öň “{ $title }” gollanmasyna seredipdiňiz. Onlaýn tölemegi ýene bir gezek synap görjekmi?
tutorial-reminder-open = 📖 Gollanmany açmak
tutorial-reminders-off = 🔕 Ýatlatmasyz
tutorial-reminders-stopped = Indi gollanmalar barada ýatlatma ibermerin.

## Help requests

help-sent = Soragyňyz (#{ NUMBER($id, useGrouping: 0) }) { term-municipality.gen } kömekçilerine iberildi. Jogap şu ýere geler.
help-stored = Soragyňyz (#{ NUMBER($id, useGrouping: 0) }) ýatda saklandy. Mümkin boldugyça çalt { term-municipality.gen } kömekçileri şu ýerde jogap bererler.
help-request =
    🆘 Kömek soragy #{ NUMBER($id, useGrouping: 0) }
    Gollanma: { $title }, { $total } ädimden { $number }-nji ädim
    Ýaşaýjynyň dili: { $language }.
help-answer = ✍️ Jogap bermek
help-not-allowed = Bu soraga diňe şu { term-municipality.gen } kömekçileri jogap berip bilýär.
help-already-answered = #{ NUMBER($id, useGrouping: 0) } soraga eýýäm jogap berildi.
help-write-answer = #{ NUMBER($id, useGrouping: 0) } soraga jogabyňyzy ýazyň. Ýaşaýjy ony bot bilen çatda alar.
help-answer-length = { $max } harpa çenli jogap ýazyň.
help-answer-sent = Sag boluň! Jogabyňyz iberildi; #{ NUMBER($id, useGrouping: 0) } sorag ýapyldy.
help-answer-for-resident =
    💬 “{ $title }” boýunça soragyňyza jogap:

    { $answer }
announcement-withdrawn-note = Bu bildirişi hasaba almaň, ol yzyna alyndy: “{ $text }”
