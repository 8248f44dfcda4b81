"""envelope measures."""

APPLY: dict = {}
