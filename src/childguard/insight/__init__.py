"""Metrics, transparency reports, risk assessments, staff training."""
