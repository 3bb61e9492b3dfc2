"""More training template families, each module written by a different author who never saw the
detector (indicators, features, weights, benchmark), so that the training data does not share
one writer's style. See the model card (../README.md)."""
