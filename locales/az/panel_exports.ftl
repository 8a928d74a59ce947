## Əməkdaşların panelində yükləmələr

panel-nav-exports = Yükləmələr
panel-export-title = Yükləmələr
panel-export-how = Nəyi, hansı bələdiyyə üzrə və hansı formatda yükləmək istədiyinizi seçin. Faylda yalnız paneldə Sizə açıq olanlar olur, yükləmə isə fəaliyyət jurnalına yazılır.
panel-export-what = Nə
panel-export-proposals = Təkliflər, tarixçələri ilə
panel-export-events = Məsləhətləşmələr, cavabların sayı ilə
panel-export-answers = Məsləhətləşmələrə cavablar, hər sətirdə biri
panel-export-indicators = Ödəniş təlimatları: başlayıb, keçib, onlayn ödəyib
panel-export-of = Hansı bələdiyyə üzrə, hansı formatda
panel-export-format = Fayl növü
panel-export-download = Yüklə
panel-export-period-hint = Dövr yalnız ödəniş təlimatları üçün nəzərə alınır.
panel-export-safe = Cədvəl düsturuna oxşayan mətnlər adi mətn kimi saxlanılır.
panel-export-not-allowed = Bu yükləmə üçün icazəniz yoxdur. Bələdiyyənin administratorundan rol istəyin.
