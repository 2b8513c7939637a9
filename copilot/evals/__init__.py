"""Evaluation suites: measured quality of retrieval (and, later, drafts and escalations)."""
