"""Hash-list and signal sharing with industry, and financial measures."""
