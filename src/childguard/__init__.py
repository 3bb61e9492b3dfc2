"""childguard: an open, self-hostable child-safety platform for online service providers."""

__version__ = "0.1.0"
