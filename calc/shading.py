"""External shading devices on the windows, facade by facade.

A window carries, per facade, a fixed device (overhangs, fins: shading all
hours) and a movable one (external blinds: deployed only while the sun on
that facade is strong). Each is a factor, the share of the solar gain it lets
through while it shades (ISO 13790:2008 clause 11.4.4, F_sh,ob; GB
50189-2015 shading coefficient SD); 1 = no device.

A movable device is deployed in the hours the total irradiance on its
facade's windows exceeds a threshold, retracted otherwise. The 300 W/m² of
ISO 13790:2008 clause 11.4.3 (as recalled) is the threshold City Energy
Analyst applies for ISO 13790 blinds (cea/technologies/blinds.py,
``calc_blinds_activation``: shading on when radiation > 300 W/m²).
"""

from __future__ import annotations

import numpy as np

from .model.building import FACADES

# datasets/SOURCES.md: ISO 13790:2008 clause 11.4.3 (recalled), City Energy Analyst
MOVABLE_THRESHOLD_W_M2 = 300.0


def deployed(incident, threshold: float):
    """Hours a movable device is deployed: the incident irradiance [W/m²]
    on the facade above ``threshold`` [W/m²] (array of bool, same shape)."""
    return np.asarray(incident, dtype=float) > threshold


def device_factor(fixed: float, movable: float, incident, threshold: float):
    """Hourly factor of one facade's devices: the fixed one all hours, the
    movable one while deployed (factors multiply: light passes both)."""
    return fixed * np.where(deployed(incident, threshold), movable, 1.0)


def facade_factors(window) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(fixed, movable) device factors of ``window`` in FACADES order."""
    return (tuple(float(getattr(window, f"fixed_shading_{f}")) for f in FACADES),
            tuple(float(getattr(window, f"movable_shading_{f}")) for f in FACADES))


def has_devices(window) -> bool:
    fixed, movable = facade_factors(window)
    return any(x != 1.0 for x in fixed + movable)


def shaded_facades(measure) -> tuple[str, ...]:
    """Facades (FACADES order) an ``external_shading`` measure is on."""
    return tuple(f for f in FACADES if measure.param(f) == "yes")


def shaded_transmitted(window, incident, transmitted):
    """Transmitted irradiance [W/m²] of the four facades (rows in FACADES
    order, hours in columns) behind the window's devices; the array itself
    when the window has none (results of unshaded buildings unchanged).

    ``incident`` [W/m²] (same shape) decides when movable devices deploy.
    """
    if not has_devices(window):
        return transmitted
    fixed, movable = facade_factors(window)
    threshold = float(window.movable_threshold.to("W/m**2").m)
    factors = np.array([device_factor(fixed[i], movable[i], incident[i], threshold) for i in range(len(FACADES))])
    return factors * transmitted
