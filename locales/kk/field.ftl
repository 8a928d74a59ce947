# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Бірге алынды: { $total }. Барлығы сақталды.
album-partly-kept = Бірге алынды: { $total }. Сақталды: { $kept }. Сақталмады: { $dropped }, себебі бұл қадамда одан көп қабылданбайды.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Сіз фотоға жазған мәтінді қабылдадым. Фотоның өзі мұнда сақталмады.
