## Işgärleriň panelindäki syn: ýaşaýjylar, teklipler, töleg gollanmalary we maksatnamalaryň maksatlary

panel-nav-dashboard = Syn
panel-dash-title = Syn
panel-dash-where = Geňeş
panel-dash-all = Ähli geňeşler
panel-dash-not-allowed = Muňa elýeterliligiňiz ýok. Geňeşiň synyny diňe onuň işgärleri görüp bilýär.
panel-dash-residents = { $count } ýaşaýjy
panel-dash-count = Sany
panel-dash-none = Häzirlikçe hiç zat ýok.
panel-dash-no-community = Oba saýlanmadyk
panel-dash-proposals = { $count } teklip
panel-dash-period = Ýokarda saýlanan döwürde iberilen teklipler.
panel-dash-to-decision = Moderatoryň kararyna çenli adaty wagt (mediana)
panel-dash-to-answer = Iberilenden häkimiýetiň jogabyna çenli adaty wagt (mediana)
panel-dash-of = { $count } teklip boýunça
panel-dash-guides = Şu döwürdäki töleg gollanmalary
panel-dash-guide = Gollanma
panel-dash-every-guide = Ähli gollanmalar
panel-dash-measure-started = Başlady
panel-dash-measure-completed = Ahyryna çenli geçdi
panel-dash-measure-paid = Onlaýn töledi
panel-dash-total = Jemi
panel-dash-targets = Maksatnamalaryň maksatlary
panel-target-programme = Maksatnama
panel-target-measure = Näme sanalýar
panel-target-period = Döwür
panel-target-progress = Ýerine ýetirilişi
panel-target-reached = { $total } sanydan { $count } ({ $percent }%)
panel-target-remove = Pozmak
panel-target-none = Häzirlikçe maksat ýok.
panel-target-new = Täze maksat
panel-target-number = Maksat sany
panel-target-save = Maksady ýatda sakla
panel-target-saved = Maksat ýatda saklandy.
panel-target-removed = Maksat pozuldy.
panel-target-bad-programme = Maksatnamanyň adyny ýazyň (iň köp 120 belgi).
panel-target-bad-number = Maksady san bilen ýazyň, iň azyndan 1.
panel-target-bad-period = Döwrüň ilkinji we soňky gününi ýazyň, ilkinjisi soňkusyndan öň bolsun.
panel-target-bad-guide = Beýle gollanma ýok.
panel-target-not-allowed = Geňeşiň maksatlaryny diňe onuň dolandyryjylary goýýar.

# Hereketler žurnalynda şu sahypalarda edilen işleriň atlary
panel-audit-export = faýl göçürip aldy
panel-audit-role-granted = rol berdi
panel-audit-role-revoked = roly yzyna aldy
panel-audit-target-set = maksat goýdy
panel-audit-target-removed = maksady pozdy
