"""CyberTipline reports, evidence vault, preservation holds, law-enforcement requests."""
