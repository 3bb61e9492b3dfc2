"""Grooming, enticement and sextortion risk over message streams."""
