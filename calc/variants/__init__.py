"""Variants side by side: the project's own package and each named
alternative (``Project.variants``) assessed on the same baseline and
compared in one table.

Entry point: :func:`compare`.
"""

from .compare import PACKAGE_NAME, VariantComparison, VariantRow, compare

__all__ = ["PACKAGE_NAME", "VariantComparison", "VariantRow", "compare"]
