"""Analyses across levels and years, answered by the stored queries and summarised here.

`escalation` (层层加码): each level's target beside the nearest level above.
"""
