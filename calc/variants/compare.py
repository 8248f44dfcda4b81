"""Assess each variant and tabulate saving, verdict, investment, payback
and CO2 against one baseline.

A variant is the project with its measures replaced by the variant's
(``Project.variants``, validated by the model like the project's own
package), assessed by :func:`calc.assess.assess` -- the same physics,
accounting and target check, so the figures of a row are those the
variant would get as the project's package. Every variant shares the
project's buildings, supply and weather, hence the same baseline.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..results import out, result, to_json

PACKAGE_NAME = "package"  # the row of the project's own measures


@result
class VariantRow:
    """One column of the comparison: a package of measures and its figures."""

    name: str
    own_package: bool = False        # the project's own measures (not an alternative)
    measure_count: int = 0           # enabled measures
    passed: object = False           # True, False, or None when the target check does not apply
    saving_rate: object = out("percent", doc="Saving rate on the target basis")
    target_rate: object = out("percent", doc="Required saving rate")
    margin: object = out("pp", doc="Saving rate minus target")
    investment: object = out("CNY", doc="Investment before subsidies")
    simple_payback: object = out("a", default=None, doc="Simple payback (null = never or no investment)")
    npv: object = out("CNY", default=None, doc="Net present value over the analysis period")
    co2_saving: object = out("t", doc="CO2 avoided per year")
    annual_cost_saving: object = out("CNY/a", doc="First-year energy cost saving")


@dataclass(frozen=True)
class VariantComparison:
    """Rows in the order: the project's own package, then the variants as listed."""

    basis: str
    rows: tuple

    def best(self):
        """The passing row with the lowest investment, or None."""
        passing = [r for r in self.rows if r.passed]
        return min(passing, key=lambda r: r.investment.to("CNY").m) if passing else None

    def to_json(self) -> dict:
        return {"basis": self.basis, "rows": to_json(self.rows)}


def _row(name: str, assessment, own: bool) -> VariantRow:
    t, e = assessment.target, assessment.economics
    no_investment = float(e.investment.to("CNY").m) == 0
    return VariantRow(
        name=name, own_package=own, measure_count=len(assessment.measures),
        passed=None if t.passed is None else bool(t.passed),
        saving_rate=t.saving_rate, target_rate=t.target_rate, margin=t.margin,
        investment=e.investment, simple_payback=None if no_investment else e.simple_payback, npv=e.npv,
        co2_saving=(assessment.baseline.total_co2 - assessment.package.total_co2).to("t"),
        annual_cost_saving=e.annual_cost_saving,
    )


def compare(project, *, package_assessment=None, assess=None) -> VariantComparison:
    """Assess the project's own package and each of ``project.variants``.

    Parameters
    ----------
    project : calc.model.Project
        A validated project (its variants are validated with it).
    package_assessment : calc.results.Assessment, optional
        The assessment of ``project`` already made (saves one run); it must
        be of this very project.
    assess : callable, optional
        ``assess(project, sensitivity=False)``; default :func:`calc.assess.assess`.

    Returns
    -------
    VariantComparison
        Saving rate [%], target [%], margin [percentage points], investment
        [CNY], simple payback [a], NPV [CNY], CO2 avoided [t/a] per row.
    """
    if assess is None:
        from ..assess import assess
    own = project.replace(variants=())
    base = package_assessment if package_assessment is not None else assess(own, sensitivity=False)
    rows = [_row(PACKAGE_NAME, base, True)]
    for v in project.variants:
        rows.append(_row(v.name, assess(project.replace(measures=v.measures, variants=()), sensitivity=False),
                         False))
    return VariantComparison(basis=base.target.basis, rows=tuple(rows))


__all__ = ["PACKAGE_NAME", "VariantComparison", "VariantRow", "compare"]
