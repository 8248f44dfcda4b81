"""Facade azimuths (calc.geometry.facade_azimuth): pvlib convention,
N = 0, E = 90, S = 180, W = 270, rotation clockwise from due south."""

import pytest

from calc import geometry, schema
from calc.units import Q_
from tests.validation.cases import box600


@pytest.mark.parametrize("rotation, expected", [
    (0.0, {"south": 180.0, "east": 90.0, "north": 0.0, "west": 270.0}),
    # turned 90° clockwise the front faces west and the "east" facade south
    (90.0, {"south": 270.0, "east": 180.0, "north": 90.0, "west": 0.0}),
    (-45.0, {"south": 135.0, "east": 45.0, "north": 315.0, "west": 225.0}),
])
def test_facades_face_their_compass_points(rotation, expected):
    b = schema.set_path(box600(), "geometry.rotation", Q_(rotation, "deg"))
    for facade, az in expected.items():
        assert geometry.facade_azimuth(b, facade) == pytest.approx(az, abs=1e-9)
