"""Today's recent calls: a dock to find a call and act on it (flag it, and other features'
entries through the dock's menu extenders)."""
