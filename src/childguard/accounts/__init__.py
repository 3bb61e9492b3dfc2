"""Age assurance, parental consent and controls, safety defaults, terms of service."""
