"""Known and new material: hashers, hash banks, the matching index, image classifiers."""
