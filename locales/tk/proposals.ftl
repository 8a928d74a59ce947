# Ýaşaýjylaryň teklipleri: ýaşaýjylar, moderatorlar we ýerli häkimiýet.

## Residents

proposals-title = Teklibiňizi { term-authority.dat } iberiň ýa-da teklipleriňiziň ýagdaýyny görüň.
proposals-new = ✍️ Täze teklip
proposals-mine = 📂 Tekliplerim
proposals-none = Siz entek teklip ibermediňiz.
proposals-mine-title = Siziň teklipleriňiz. Taryhyny görmek üçin birine basyň:
proposal-limit = Soňky 24 sagatda { $count ->
        [one] { $count } teklip
       *[other] { $count } teklip
    } iberdiňiz, bu günlük çäk. Işjeňligiňiz üçin sag boluň! Indikisini ertir iberiň.
proposal-choose-category = Teklibiňiz näme barada?
proposal-category-roads = 🛣 Ýollar
proposal-category-water = 🚰 Suw
proposal-category-lighting = 💡 Köçe yşyklandyryşy
proposal-category-schools = 🏫 Mekdepler
proposal-category-eservices = 💳 E-hyzmatlar
proposal-category-other = 📝 Başga
proposal-write = Teklibiňizi bir habarda ýazyň: näme, nirede we näme üçin möhüm ({ $min }–{ $max } harp).
proposal-text-first = Ilki teklibiň tekstini ýazyň ({ $min }–{ $max } harp). Suratlary soň goşup bilersiňiz.
proposal-too-short = Bu birneme gysga ({ $length } harp). Azyndan { $min } harp ýazyň: { term-authority } näme teklip edýändigiňize düşünmeli.
proposal-too-long = Bu gaty uzyn ({ $length } harp). { $max } harpdan geçirmäň.
proposal-ask-photos = { $max } sany surata çenli goşup bilersiňiz. Häzir iberiň ýa-da “Geçmek” düwmesine basyň.
proposal-photo-saved = Surat ýatda saklandy ({ $count } / { $max }). Ýene iberiň ýa-da “Taýýar” düwmesine basyň.
proposal-photos-done = Taýýar ▸
proposal-skip = Geçmek ▸
proposal-ask-location = Ýeri kartada görkezip bilersiňiz: 📎 basyp, “Ýerleşýän ýer” saýlaň. Ýa-da “Geçmek” düwmesine basyň.
proposal-preview =
    Teklibiňizi barlaň.
    Tema: { $category }
    Ýer: { $place }
    Suratlar: { $photos }
    Karta: { $location }

    { $text }
proposal-send = ✅ Ibermek
proposal-edit-text = ✏️ Teksti düzetmek
proposal-cancel = ✖ Ýatyrmak
proposal-cancelled = Ýatyryldy. Hiç zat iberilmedi.
proposal-received = Sag boluň! Teklibiňiz kabul edildi. Onuň belgisi: { $number }. Moderatorlar barlar, soňra näme boljakdygyny Size aýdaryn.
proposal-rewrite =
    Moderator üýtgetmegi haýyş etdi:
    { $note }

    Täze teksti ýazyň ({ $min }–{ $max } harp).
proposal-edit-resubmit = ✏️ Düzedip ibermek
proposal-open = 📄 Açmak
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Jogap: { $answer }

    Taryh:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ barlanýar
proposal-status-changes = ✏️ üýtgetmek soraldy
proposal-status-rejected = ❌ kabul edilmedi
proposal-status-duplicate = 🔁 gaýtalama
proposal-status-approved = ✅ iberildi
proposal-status-answered = 💬 jogap berildi
proposal-status-done = ✔️ ýerine ýetirildi
proposal-event-submitted = iberildi
proposal-event-resubmitted = üýtgetmeden soň täzeden iberildi
proposal-event-approved = moderator tassyklady
proposal-event-rejected = kabul edilmedi
proposal-event-changes = üýtgetmek soraldy
proposal-event-duplicate = gaýtalama diýlip bellendi
proposal-event-undone = karar ýatyryldy
proposal-event-forwarded = { term-authority.dat } iberildi
proposal-event-answered = { term-authority } jogap berdi
proposal-event-done = ýerine ýetirildi

## What residents are told

proposal-now-approved = Hoş habar: { $number } teklibiňiz tassyklandy we { term-authority.dat } iberildi. Jogabyny Size ibererin.
proposal-now-rejected = { $number } teklibiňiz kabul edilmedi. Sebäbi: { $reason }.
proposal-now-changes = Moderator { $number } teklibiňizi ibermezden öň birneme üýtgetmegi haýyş edýär.
proposal-now-duplicate = { $number } teklibiňiz { $original } teklibini gaýtalaýar, ol eýýäm seredilýär. Goldawyňyz üçin sag boluň!
proposal-now-answered =
    { $number } teklibiňize { term-authority.gen } jogaby:

    { $answer }
proposal-now-done = { $number } teklibiňiz ýerine ýetirildi. Jemgyýetiňize kömek edeniňiz üçin sag boluň!
proposal-moderator-note = Moderatoryň belligi: { $note }
reason-offtopic = bu { term-authority.dat } teklip däl
reason-private = onda şahsy maglumat bar
reason-rude = onda gödek sözler bar
reason-unclear = näme teklip edilýändigi düşnüksiz
reason-notlocal = bu { term-authority.gen } borjy däl

## Moderators

moderation-card =
    🆕 Teklip { $number }
    { $category } · { $place }
    Suratlar: { $photos } · Karta: { $location }

    { $text }
moderation-approve = ✅ Tassyklamak
moderation-reject = ❌ Ret etmek
moderation-changes = ✏️ Düzediş soramak
moderation-duplicate = 🔁 Gaýtalama…
moderation-not-allowed = Muny diňe şu { term-municipality.gen } moderatorlary edip bilýär.
moderation-choose-reason = { $number } näme üçin kabul edilmeýär?
moderation-add-note = Ýaşaýjy üçin birnäçe söz ýazyň ýa-da “Belliksiz” düwmesine basyň.
moderation-no-note = Belliksiz ▸
moderation-what-to-change = Ýaşaýjy { $number } teklibinde nämäni üýtgetmeli? Bir habarda ýazyň ({ $max } harpa çenli).
moderation-which-original = { $number } haýsy teklibi gaýtalaýar? Onuň belgisini ýazyň, meselem QUB-2026-0012.
moderation-note-length = { $max } harpa çenli ýazyň.
moderation-original-not-found = Bu { term-municipality.loc } beýle teklip tapylmady. { $number } däl-de, asyl teklibiň belgisini ýazyň.
moderation-decided = Ýatda saklandy: { $number } — { $status }. Muny { $minutes ->
        [one] { $minutes } minudyň
       *[other] { $minutes } minudyň
    } içinde ýatyryp bilersiňiz; diňe şondan soň ol öňe gider.
moderation-undo = ↩ Ýatyrmak
moderation-already-decided = { $number } boýunça { $who } eýýäm karar berdi: { $status }.
moderation-too-late = { $number } boýunça karary indi ýatyryp bolmaýar.
moderation-undone = { $number } boýunça karar ýatyryldy. Ol ýene nobatda:
moderation-queue =
    Garaşýan teklipler: { $count }
    { $summary }
    Häkimiýete ýetirilmedik teklipler: { $stuck }
moderation-queue-line = { $place }: { $count }

## The local authority

authority-not-allowed = Tekliplere diňe { term-authority } işgärleri jogap berip bilýär.
authority-not-open = { $number } teklibe häzir jogap berip bolmaýar.
authority-write-answer = { $number } teklibe jogaby bir habarda ýazyň ({ $max } harpa çenli). Ýaşaýjy ony alar.
authority-answer-length = { $max } harpa çenli jogap ýazyň.
authority-answer-sent = Sag boluň! { $number } boýunça jogap ýaşaýja iberildi.
authority-marked-done = { $number } teklip ýerine ýetirildi diýlip bellendi; ýaşaýja habar berildi.
