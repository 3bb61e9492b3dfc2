"""The review queue page lives in :mod:`childguard.web.review` (the moderation context),
next to the case pages it links to."""
