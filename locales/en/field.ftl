# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Received together: { $total }. All kept.
album-partly-kept = Received together: { $total }. Kept: { $kept }. Not kept: { $dropped }, because this step takes no more.
