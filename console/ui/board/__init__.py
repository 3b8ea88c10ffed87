"""The team board: KPI strip, agent table, queue breakdown and live charts."""
