# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Бірге алынды: { $total }. Барлығы сақталды.
album-partly-kept = Бірге алынды: { $total }. Сақталды: { $kept }. Сақталмады: { $dropped }, себебі бұл қадамда одан көп қабылданбайды.
