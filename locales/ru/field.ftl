# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Получено вместе: { $total }. Все сохранены.
album-partly-kept = Получено вместе: { $total }. Сохранено: { $kept }. Не сохранено: { $dropped }, потому что на этом шаге больше не принимается.
