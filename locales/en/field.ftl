# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Received together: { $total }. All kept.
album-partly-kept = Received together: { $total }. Kept: { $kept }. Not kept: { $dropped }, because this step takes no more.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = I took the words you wrote with the photo. The photo itself was not kept here.
