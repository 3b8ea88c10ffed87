"""Care for the people on the floor: abuse flags, recovery breaks, floor alerts."""
