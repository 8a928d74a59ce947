# Staff in chat: typed choices, confirmations, help by role, lists for staff.
typed-choice-ambiguous = Birnäçe düwme şeýle diýýär. Göz öňünde tutýan düwmäňiziň belgisini ýazyň: { $numbers }.
event-duration-button = { $minutes } minut
authority-list =
    { $count ->
        [0] Jogabyňyza garaşýan teklip ýok.
       *[other] Jogap berilmeli teklipler: { $count }. Bu ýerde görkezilen: { $shown }. Jogap bermek üçin teklibiň aşagyndaky “✍️ Jogap bermek” düwmesine basyň ýa-da /answer we onuň belgisini ýazyň.
    }
authority-answered-before = Şu wagta çenli jogabyňyz: { $answer }
authority-number-unknown = Häkimiýetiňiziň teklipleriniň arasynda { $number } teklibi tapyp bilmedim. Sanawy görmek üçin /answer iberiň.
announcements-cancel-sure =
    { $when } üçin meýilleşdirilen #{ $id } bildiriş ýatyrylsynmy? { $count ->
        [one] { $count } ýaşaýjy ony almaz.
       *[other] { $count } ýaşaýjy ony almaz.
    } Muny yzyna gaýtaryp bolmaýar.
announcements-withdraw-sure =
    #{ $id } bildiriş { $count ->
        [one] { $count } ýaşaýjynyň çatyndan
       *[other] { $count } ýaşaýjynyň çatlaryndan
    } yzyna alynsynmy? Ony indi pozup bolmaýan ýerinde gysga bellik goýlar. Entek iberilmedik nusgalar ({ $waiting }) iberilmez. Muny yzyna gaýtaryp bolmaýar.
announcements-cancel-yes = ✖ Hawa, ýatyrmak
announcements-withdraw-yes = 🗑 Hawa, yzyna almak
help-staff-title = 🛠 Işgär buýruklaryňyz:
help-staff-role =
    { $place } · { $role ->
        [moderator] moderator
        [publisher] neşir ediji
        [authority] häkimiýet işgäri
       *[admin] administrator
    }
help-staff-everywhere = Ähli geňeşler
help-requests-not-allowed = Ýaşaýjylaryň kömek soraglaryny diňe moderatorlar görüp bilýär.
help-requests-list =
    { $count ->
        [0] Jogaba garaşýan kömek soragy ýok.
       *[other] Jogaba garaşýan kömek soraglary: { $count }. Bu ýerde görkezilen, iň könesinden başlap: { $shown }.
    }
command-queue = Karara garaşýan teklipler
command-requests = Jogap berilmeli kömek soraglary
command-announce = Bildiriş ýazmak we ibermek
command-announcements = Iberilen bildirişler: ýatyrmak, düzetmek, yzyna almak
command-event = Ýaşaýjylary maslahatlaşyga çagyrmak
command-events = Maslahatlaşyklaryňyz: üýtgetmek, ýatyrmak, gatnaşyk
command-event_report = Maslahatlaşygyň hasabaty
command-answer = Häkimiýetiňiziň jogap bermeli teklipleri
authority-done-sure = { $number } teklip ýerine ýetirildi diýip bellensinmi? Ýaşaýja ýerine ýetirilendigi habar berler, mundan soň jogap goşup bolmaz.
authority-done-yes = ✅ Hawa, ýerine ýetdi
