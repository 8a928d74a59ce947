## Əməkdaşların panelində icmal: sakinlər, təkliflər, ödəniş təlimatları və proqramların hədəfləri

panel-nav-dashboard = İcmal
panel-dash-title = İcmal
panel-dash-where = Bələdiyyə
panel-dash-all = Bütün bələdiyyələr
panel-dash-not-allowed = Bunun üçün icazəniz yoxdur. Bələdiyyənin icmalını yalnız onun əməkdaşları görür.
panel-dash-residents = { $count } sakin
panel-dash-count = Say
panel-dash-none = Hələ heç nə yoxdur.
panel-dash-no-community = Kənd və ya qəsəbə seçilməyib
panel-dash-proposals = { $count } təklif
panel-dash-period = Yuxarıda seçilmiş dövrdə göndərilmiş təkliflər.
panel-dash-to-decision = Moderatorun qərarına qədər adi vaxt (median)
panel-dash-to-answer = Göndərişdən yerli hakimiyyətin cavabına qədər adi vaxt (median)
panel-dash-of = { $count } təklif üzrə
panel-dash-guides = Bu dövrdə ödəniş təlimatları
panel-dash-guide = Təlimat
panel-dash-every-guide = Bütün təlimatlar
panel-dash-measure-started = Başlayıb
panel-dash-measure-completed = Sona qədər keçib
panel-dash-measure-paid = Onlayn ödəyib
panel-dash-total = Cəmi
panel-dash-targets = Proqramların hədəfləri
panel-target-programme = Proqram
panel-target-measure = Nə sayılır
panel-target-period = Dövr
panel-target-progress = İcra
panel-target-reached = { $count } / { $total } ({ $percent }%)
panel-target-remove = Sil
panel-target-none = Hələ hədəf yoxdur.
panel-target-new = Yeni hədəf
panel-target-number = Hədəf sayı
panel-target-save = Hədəfi yadda saxla
panel-target-saved = Hədəf yadda saxlanıldı.
panel-target-removed = Hədəf silindi.
panel-target-bad-programme = Zəhmət olmasa, proqramın adını yazın (ən çox 120 simvol).
panel-target-bad-number = Zəhmət olmasa, hədəfi rəqəmlə yazın, ən azı 1.
panel-target-bad-period = Zəhmət olmasa, dövrün ilk və son gününü yazın; ilk gün sondan əvvəl olmalıdır.
panel-target-bad-guide = Belə təlimat yoxdur.
panel-target-not-allowed = Bələdiyyənin hədəflərini yalnız onun administratorları təyin edir.

# Fəaliyyət jurnalında bu səhifələrdə görülən işlərin adları
panel-audit-export = fayl yükləyib
panel-audit-role-granted = rol verib
panel-audit-role-revoked = rolu geri alıb
panel-audit-target-set = hədəf təyin edib
panel-audit-target-removed = hədəfi silib
