"""Recognition (praise for agents) and issues for management: dialogs, docks, wiring."""
