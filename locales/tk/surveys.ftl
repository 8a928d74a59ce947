# Surveys and polls (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Soragnamalar
survey-list = Häzir Siz üçin açyk soragnamalar. Birini saýlaň:
survey-none-open = Häzir Siz üçin açyk soragnama ýok.
survey-invite =
    📋 Soragnama: { $title }
    { $intro }

    { $closes } çenli jogap beriň. Islän wagtyňyz togtadyp, soňra dowam edip bilersiňiz.
survey-start = Soragnamany başlamak
survey-continue = Soragnamany dowam etmek
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Sorag { $number } / { $total }
    { $text }

    { $how }
survey-how-single = Bir jogap saýlaň.
survey-how-multiple = { $max } jogaba çenli belläň, soňra “Taýýar” düwmesine basyň.
survey-how-scale = 1-den (iň pes) 5-e (iň ýokary) çenli saýlaň.
survey-how-number = { $min } bilen { $max } aralygynda bitin san ýazyň.
survey-how-text = Jogabyňyzy ýazyň ({ $max } harpa çenli).
survey-scale-value = { $value }
survey-your-answer = Häzirki jogabyňyz: { $answer }
survey-done = ✔ Taýýar
survey-later = ⏸ Soňra dowam etmek
survey-review =
    📋 { $title }
    Ähli soraglara jogap berdiňiz:
    { $answers }

    Jogaplaryňyzy ibermek üçin “Tamamlamak” düwmesine basyň. Oňa çenli jogaby üýtgedip bilersiňiz.
survey-finish = ✔ Tamamlamak
survey-change = ✏️ Jogaby üýtgetmek
survey-change-which = Haýsy jogaby üýtgetmek isleýärsiňiz?
survey-thanks = Sag boluň! “{ $title }” soragnamasyna jogaplaryňyz ýatda saklandy. Soragnama ýapylanda netijeleri alarsyňyz.
survey-paused = “{ $title }” soragnamasyna jogaplaryňyz ýatda saklandy. Soňra menýudan dowam edip bilersiňiz.
survey-already-done = Siz “{ $title }” soragnamasyna eýýäm jogap berdiňiz. Sag boluň!
survey-closed = “{ $title }” soragnamasy ýapyk. Beren jogaplaryňyz ýatda saklandy.
survey-closed-midway = “{ $title }” soragnamasy ýapyldy. Ol ýapylmazdan öň beren jogaplaryňyz ýatda saklandy we hasaba alyndy.
survey-reminder = 📋 “{ $title }” soragnamasy ýakynda ýapylýar. Togtan ýeriňizden dowam edip bilersiňiz.
survey-hint-buttons = Düwmeler bilen jogap beriň.
survey-hint-pick = Görkezilen jogaplaryň birini saýlaň.
survey-hint-too-many = Iň köp { $max } jogap belläp bilersiňiz.
survey-hint-number = { $min } bilen { $max } aralygynda bitin san ýazyň.
survey-hint-text-empty = Jogabyňyzy ýazyň ({ $max } harpa çenli).
survey-hint-text-long = Jogabyňyzda { $length } harp bar; çäk { $max }. Gysgaldyň.
survey-hint-old-button = Bu düwme öňki soraga degişli. Görkezilen soraga jogap beriň.
survey-results-title = 📊 “{ $title }” netijeleri. Jogap beren ýaşaýjylar: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Ortaça: { $average }
survey-chart-footer = Jogap beren ýaşaýjylar: { $count }

# Staff: /survey
survey-build-audience = { $municipality }: soragnama kim üçin? Obalary belläň ýa-da hemmeler üçin galdyryň.
survey-build-filter = Diňe käbir dilleri ýa-da kanallary ulanýan ýaşaýjylarmy? Olary belläň ýa-da hemmeler üçin hiç zat bellemäň.
survey-build-title = Soragnamanyň adyny ýazyň. Dil: { $language }.
survey-build-intro = Gysga giriş ýazyň ýa-da ony geçiň.
survey-build-no-intro = Geçmek
survey-build-kind = Şu wagta çenli soraglar: { $count }. Indiki sorag nähili bolmaly?
survey-kind-single = Bir jogap
survey-kind-multiple = Birnäçe jogap
survey-kind-scale = Şkala 1–5
survey-kind-number = San
survey-kind-text = Erkin tekst
survey-build-questions-done = ✔ Başga sorag ýok
survey-build-question = { $number } belgili soragy ýazyň ({ $max } harpa çenli).
survey-build-options = Saýlamak üçin jogaplary her setirde birini ýazyň: 2 bilen { $max } aralygynda jogap, her biri { $length } harpa çenli.
survey-build-max-choices = Ýaşaýjy näçe jogap belläp biler (1 bilen { $max } aralygynda)? Ýa-da geçiň: islendik san.
survey-build-max-length = Jogapda näçe harp bolup biler (1 bilen { $max } aralygynda)? Ýa-da geçiň: { $max }.
survey-build-no-limit = Geçmek
survey-build-bounds = Rugsat berlen iň kiçi we iň uly sany ýazyň, meselem: 0-100
survey-build-skip = Geçiş düzgüni: käbir jogaplar soňky soraga äkitmelimi? Her jogap üçin bir setir ýazyň, meselem “2 > 5” (2-nji jogap 5-nji soraga geçýär) ýa-da “3 > end”. Bu soragyň belgisi: { $position }.
survey-build-no-skip = Geçiş düzgünsiz
survey-build-too-many = Soragnamada iň köp { $max } sorag bolup biler.
survey-build-too-long = 1 bilen { $max } aralygynda harp ýazyň.
survey-build-languages = Tekstleri başga dilde goşuň ýa-da “Taýýar” düwmesine basyň.
survey-build-translate-title = Ady. Dil: { $language }. Asly: { $original }
survey-build-translate-intro = Giriş. Dil: { $language }. Asly: { $original }
survey-build-translate-q = Sorag. Dil: { $language }. Asly: { $original }
survey-build-translate-o =
    Jogaplar. Dil: { $language }. Her setirde biri, şol bir tertipde. Asly:
    { $original }
survey-build-translate-count = Takyk { $count } jogap ýazyň, her setirde birini.
survey-build-anonymous = Soragnama anonim bolsunmy? Onda hiç bir ekran ýa-da eksport kimiň jogap berendigini görkezmez.
survey-build-anonymous-yes = Anonim
survey-build-anonymous-no = Anonim däl
survey-build-opens = Haçan açylmaly? “Häzir” düwmesine basyň ýa-da wagty { $place } wagty boýunça ýazyň, meselem { $example }.
survey-build-open-now = Häzir
survey-build-closes = Haçan ýapylmaly? Dowamlylygy saýlaň ýa-da wagty { $place } wagty boýunça ýazyň, meselem { $example }.
survey-build-closes-past = Ýapylyş wagty açylyşdan soň bolmaly. Täzeden saýlaň ({ $place }, meselem { $example }).
survey-days = { $days } gün
survey-build-time-invalid = Bu wagty okap bilmedim. Şeýle ýazyň: { $example }.
survey-build-preview =
    Soragnama: { $title }
    Soraglar: { $questions }
    Diller: { $languages }
    { $anonymous }
    Açylýar: { $opens }
    Ýapylýar: { $closes }
    Çagyrylan ýaşaýjylar: { $count }
survey-build-publish = ✔ Çap etmek
survey-build-cancelled = Soragnama çap edilmedi.
survey-published-open = #{ $id } soragnama açyk. Iberilýän çakylyklar: { $count }.
survey-published-later = #{ $id } soragnama { $when } açylar.

# Staff: /poll
poll-question = Çalt soraşyk, 3 ädimiň 1-njisi: soragy ýazyň ({ $max } harpa çenli).
poll-closes = 3 ädimiň 3-njisi: soraşyk näçe wagt açyk bolmaly? Siz saýlan badyňyza ol açylar.

# Staff: /surveys
survey-staff-none = Entek soragnama ýok. /survey ýa-da /poll bilen dörediň.
survey-staff-item =
    #{ $id } { $title }
    { $status } · { $opens } – { $closes }
    Başlanlar: { $started } · Tamamlanlar: { $finished }
survey-status-scheduled = Meýilleşdirildi
survey-status-open = Açyk
survey-status-closed = Ýapyk
survey-status-cancelled = Ýatyryldy
survey-staff-results = 📊 Netijeler
survey-staff-close = Häzir ýapmak
survey-staff-closing = #{ $id } soragnama häzir ýapylýar: başga jogap kabul edilmeýär, netijeler bir minudyň içinde jogap berenlere iberiler.
survey-staff-cancelled = #{ $id } soragnama ýatyryldy.
survey-staff-figures =
    📊 #{ $id } { $title }
    Çagyrylanlar: { $invited } · Başlanlar: { $started } · Tamamlanlar: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Ortaça { $average } (iň azy { $low }, iň köpi { $high })
survey-staff-by-community = Obalar boýunça
survey-staff-by-locale = Diller boýunça
survey-staff-by-channel = Kanallar boýunça
survey-staff-group = { $group }: { $count } jogap berdi
survey-staff-none-group = Görkezilmedi
survey-staff-no-answers = Entek jogap ýok.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = #{ $id } soragnama berlen jogaplar.
