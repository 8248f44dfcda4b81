"""pv measures."""

APPLY: dict = {}
