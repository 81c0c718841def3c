"""The client record window: header, overview, levels of care, transitions and what comes."""
