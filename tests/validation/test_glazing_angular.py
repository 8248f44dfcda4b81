"""The simple glazing model's angular transmittance (calc.glazing) against
EnergyPlus's own hourly window output.

Each cached reference holds, for its heating season, EnergyPlus's
transmitted sun over the normal-incidence transmittance times the incident
sun on the glazing (``window_angular_factor``: beam and diffuse, every
window; tests/validation/compare.py). The same ratio from calc.glazing's
step-7 curve, with the engine's own transposition of the same weather,
must agree within ±0.015: the two programs' sky-diffuse models and solar
positions differ (pvlib's Perez 1990 against EnergyPlus's), and EnergyPlus
samples the curve at 10° steps and refits it. The clear-pane factor the
engine used before missed the coated double windows by up to 0.05.
"""

from __future__ import annotations

import numpy as np
import pvlib
import pytest

from calc import geometry, glazing, shading, solar
from calc.model import FACADES

from . import cases as C
from .compare import case_weather, load_reference, season_mask

pytestmark = pytest.mark.validation

TOLERANCE = 0.015


def _measured(case):
    b = load_reference(case.name).get("heating_season_balance", {})
    return b.get("window_angular_factor")


# windows behind facade devices are not one glazing: their transmitted sun
# measures the devices too (tests/validation/idf.py)
CASES = [c for c in C.CASES if _measured(c) and not shading.has_devices(C.build(c)[0].window)]


def _model_factor(case) -> float:
    b, _ = C.build(case)
    # the reference's glazing: U_w and SHGC × shading factor (one glazing
    # for all facades in these cases, tests/validation/idf.py)
    u = b.window.u_value.to("W/(m**2*K)").m
    g = b.window.shgc * b.window.shading_factor
    curve = lambda aoi: glazing.transmittance_ratio(aoi, u, g)  # noqa: E731
    iam_sky, iam_ground = (float(pvlib.iam.marion_integrate(curve, 90.0, r)) for r in ("sky", "ground"))
    keyed = solar._keyed(case_weather(case.city))
    season = season_mask(b.operation)
    incident = transmitted = 0.0
    for f in FACADES:
        area = geometry.window_area(b, f).to("m**2").m
        beam, sky, ground, aoi = solar._components(keyed, 90.0, geometry.facade_azimuth(b, f) % 360.0,
                                                   solar.GROUND_ALBEDO)
        incident += area * (beam + sky + ground)[season].sum()
        transmitted += area * (beam * curve(aoi) + iam_sky * sky + iam_ground * ground)[season].sum()
    return transmitted / incident


def test_cases_are_there():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_transmitted_angular_factor_as_energyplus(case):
    ours, theirs = _model_factor(case), _measured(case)
    assert ours == pytest.approx(theirs, abs=TOLERANCE), f"{case.name}: model {ours:.3f}, EnergyPlus {theirs:.3f}"


def test_spread_over_the_cases():
    d = np.array([_model_factor(c) - _measured(c) for c in CASES])
    assert abs(d.mean()) < 0.01 and np.sqrt((d ** 2).mean()) < 0.01
