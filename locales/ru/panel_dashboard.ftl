## Сводка в панели сотрудников: жители, предложения, инструкции по оплате и цели программ

panel-nav-dashboard = Сводка
panel-dash-title = Сводка
panel-dash-where = Муниципалитет
panel-dash-all = Все муниципалитеты
panel-dash-not-allowed = У Вас нет доступа к этому. Сводку муниципалитета видят только его сотрудники.
panel-dash-residents = { $count ->
        [one] { $count } житель
        [few] { $count } жителя
        [many] { $count } жителей
       *[other] { $count } жителя
    }
panel-dash-count = Число
panel-dash-none = Пока ничего нет.
panel-dash-no-community = Населённый пункт не выбран
panel-dash-proposals = { $count ->
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    }
panel-dash-period = Предложения, отправленные за выбранный выше период.
panel-dash-to-decision = Обычное время до решения модератора (медиана)
panel-dash-to-answer = Обычное время от передачи до ответа органа власти (медиана)
panel-dash-of = учтено предложений: { $count }
panel-dash-guides = Инструкции по оплате за этот период
panel-dash-guide = Инструкция
panel-dash-every-guide = Все инструкции
panel-dash-measure-started = Начали
panel-dash-measure-completed = Прошли до конца
panel-dash-measure-paid = Оплатили онлайн
panel-dash-total = Всего
panel-dash-targets = Цели программ
panel-target-programme = Программа
panel-target-measure = Что считаем
panel-target-period = Период
panel-target-progress = Выполнение
panel-target-reached = { $count } из { $total } ({ $percent }%)
panel-target-remove = Удалить
panel-target-none = Целей пока нет.
panel-target-new = Новая цель
panel-target-number = Целевое число
panel-target-save = Сохранить цель
panel-target-saved = Цель сохранена.
panel-target-removed = Цель удалена.
panel-target-bad-programme = Пожалуйста, укажите название программы (не больше 120 знаков).
panel-target-bad-number = Пожалуйста, укажите цель числом, не меньше 1.
panel-target-bad-period = Пожалуйста, укажите первый и последний день периода, первый раньше последнего.
panel-target-bad-guide = Такой инструкции нет.
panel-target-not-allowed = Цели муниципалитета задают только его администраторы.

# Слова журнала действий для того, что сделано на этих страницах
panel-audit-export = выгрузил(а) файл
panel-audit-role-granted = выдал(а) роль
panel-audit-role-revoked = отозвал(а) роль
panel-audit-target-set = задал(а) цель
panel-audit-target-removed = удалил(а) цель
