## Işgärleriň web paneli: ýaşaýjylaryň kömek soraglary

panel-nav-help = Kömek soraglary
panel-help-title = Kömek soraglary
panel-help-not-allowed = Muňa elýeterliligiňiz ýok. Ony diňe geňeşde ýaşaýjylaryň kömek soraglaryna jogap berýän işgärler görüp bilýär.
panel-help-open = Jogap garaşýan soraglar: { $count }.
panel-help-none = Açyk sorag ýok. Sag boluň!
panel-help-sent = №{ $id } soraga jogabyňyz ýaşaýja iberilýär.
panel-help-asked = Sorag senesi
panel-help-step = Ädim
panel-help-step-of = { $total } ädimden { $number }
panel-help-attached = Ýaşaýjy surat ýa-da sesli habar goşdy: ony botda görüp bolýar.
panel-help-your-answer = Ýaşaýja jogabyňyz
panel-help-send = Jogaby iber
panel-help-answered = Soňky günlerde jogap berilenler: { $days }
panel-help-guide = Gollanma
panel-help-answer = Jogap
panel-help-by = Kim jogap berdi
panel-help-already-answered = Bu soraga eýýäm jogap berildi, belki kärdeşiňiz häzir jogap berendir.
panel-help-answer-length = Haýyş, köp bolsa { $max } belgiden ybarat jogap ýazyň.
panel-audit-help-answer = kömek soragyna jogap berdi
