"""Internal mass given as layers (slabs, partitions), against hand values."""

import dataclasses

import pytest

from calc import thermal
from calc.model import InternalMass, Layer
from calc.schema import ValidationError
from calc.units import Q_
from tests.validation import cases as C

from .test_thermal import make_building


def _concrete(mm):
    return Layer(material="concrete", thickness=Q_(mm, "mm"), conductivity=Q_(1.8, "W/(m*K)"),
                 density=Q_(2400, "kg/m**3"), specific_heat=Q_(1000, "J/(kg*K)"))


def test_partitions_as_layers_add_their_heat_capacity_by_hand():
    # the lightweight box (1928 kJ/K from its envelope linings) with concrete
    # partitions, half 100 mm, 1 m² per m² of floor: ISO 13786 C.2.4 counts
    # the first 0.10 m of each face, κ = 2400·1000·0.10 = 240 kJ/(m²K),
    # on 2 faces × 48 m² -> +23 040 kJ/K
    box = C.box600()
    heavy = dataclasses.replace(box, internal_mass=InternalMass(
        partition_layers=(_concrete(100),), partition_area_ratio=Q_(1.0, "dimensionless")))
    _, c0 = thermal.zone_mass(box)
    _, c1 = thermal.zone_mass(heavy)
    assert c1 - c0 == pytest.approx(23.04e6, rel=1e-3)


def test_slab_layers_replace_the_default_slab():
    # a 3-storey block: 2 slabs × 200 m² footprint, both faces; a 50 mm
    # concrete half-slab: κ = 2400·1000·0.05 = 120 kJ/(m²K) per face
    # against the default screed + concrete half
    layers = (Layer(material="board", thickness=Q_(20, "mm"), conductivity=Q_(0.2, "W/(m*K)"),
                    density=Q_(700, "kg/m**3"), specific_heat=Q_(1500, "J/(kg*K)")),)
    base = C.box600()
    three = dataclasses.replace(base, geometry=dataclasses.replace(base.geometry, storeys=3))
    thin = dataclasses.replace(three, internal_mass=InternalMass(slab_layers=(_concrete(50),)))
    _, c_thin = thermal.zone_mass(thin)
    # the box's envelope: 3 storeys of walls, same roof and floor
    board = dataclasses.replace(three, internal_mass=InternalMass(slab_layers=layers))
    _, c_board = thermal.zone_mass(board)
    # difference of the two slab builds: 4 faces × 48 m² × (120 − 0.02·700·1500/1000) kJ
    assert c_thin - c_board == pytest.approx(4 * 48 * (120e3 - 21e3), rel=1e-3)


def test_internal_mass_needs_layered_envelope_and_layer_properties():
    b = make_building()  # walls and roof by U-value
    with pytest.raises(ValidationError, match="internal_mass"):
        dataclasses.replace(b, internal_mass=InternalMass(partition_layers=(_concrete(100),)))
    with pytest.raises(ValidationError, match="density and specific heat"):
        InternalMass(partition_layers=(Layer(material="x", thickness=Q_(10, "mm"),
                                             conductivity=Q_(1, "W/(m*K)")),))
