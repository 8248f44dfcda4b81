"""supply measures."""

APPLY: dict = {}
