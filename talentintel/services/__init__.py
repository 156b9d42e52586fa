"""Domain services: plain module functions taking a Session first; they never commit."""
