"""Areas and volumes derived from a building's rectangular geometry.

Gross external dimensions are used throughout (GB/T 51366-2019 and JGJ 26
count floor area from the external outline); every function returns a pint
quantity.
"""

from __future__ import annotations

from .model import FACADE_OFFSET_DEG, FACADES, Building
from .units import Q_


def floor_area(b: Building):
    """Gross heated floor area [m²] = length · width · storeys."""
    g = b.geometry
    return (g.length * g.width * g.storeys).to("m**2")


def footprint_area(b: Building):
    """Ground-floor / roof area [m²]."""
    g = b.geometry
    return (g.length * g.width).to("m**2")


def volume(b: Building):
    """Gross heated volume [m³]."""
    g = b.geometry
    return (g.length * g.width * g.storeys * g.storey_height).to("m**3")


def facade_gross_area(b: Building, facade: str):
    """Gross area of one facade (walls + windows) [m²]."""
    g = b.geometry
    side = g.length if facade in ("south", "north") else g.width
    return (side * g.storeys * g.storey_height).to("m**2")


def window_area(b: Building, facade: str):
    """Window area of one facade [m²] = WWR · gross facade area."""
    return facade_gross_area(b, facade) * getattr(b.geometry, f"wwr_{facade}")


def wall_area(b: Building, facade: str):
    """Opaque wall area of one facade [m²]."""
    return facade_gross_area(b, facade) - window_area(b, facade)


def facade_azimuth(b: Building, facade: str) -> float:
    """Azimuth of the facade's outward normal [deg], pvlib convention
    (N = 0, E = 90, S = 180, W = 270): the front ("south") facade faces
    180° + the clockwise rotation, and the others follow at their offsets
    (east 90° anticlockwise of south, west 90° clockwise)."""
    return (180.0 + FACADE_OFFSET_DEG[facade] + b.geometry.rotation.to("deg").magnitude) % 360.0


def shape_factor(b: Building):
    """Shape factor S/V [1/m]: external surface (walls, roof, ground floor)
    over volume (JGJ 26-2018 term 2.1.2 counts the roof but not the ground
    floor; this returns that definition)."""
    walls = sum(facade_gross_area(b, f).m for f in FACADES)
    return Q_((walls + footprint_area(b).m) / volume(b).m, "1/m")
