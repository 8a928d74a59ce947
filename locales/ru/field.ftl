# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Получено вместе: { $total }. Все сохранены.
album-partly-kept = Получено вместе: { $total }. Сохранено: { $kept }. Не сохранено: { $dropped }, потому что на этом шаге больше не принимается.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Я принял текст, который Вы написали к фото. Само фото здесь не сохранено.
