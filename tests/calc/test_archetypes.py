"""Tests of calc/archetypes.py: complete, valid models from city + use + era."""

import pytest

from calc import archetypes
from calc.datasets import tables
from calc.model import ERAS, USES, Project
from calc.projectfile import dumps, loads
from calc.schema import walk_fields

# One city per GB 50176-2016 climate zone (zones as in GB 50176-2016 Appendix A).
ZONE_CITIES = {"severe_cold": "Harbin", "cold": "Beijing", "hscw": "Shanghai", "hsww": "Guangzhou", "mild": "Kunming"}

# GB 50176-2016 Appendix B surface resistances for walls [m²K/W]
R_SI_WALL, R_SE = 0.11, 0.04


@pytest.mark.parametrize("city", ZONE_CITIES.values())
@pytest.mark.parametrize("use", USES)
def test_every_archetype_builds_a_valid_project(city, use):
    for era in ERAS:
        project = archetypes.project_from_archetype(city, use, era)
        assert isinstance(project, Project)
        # validation is also what loading a saved file does
        again = loads(dumps(project))
        assert again.buildings[0].use == use and again.buildings[0].era == era
        assert again.defaults == project.defaults


def test_city_zones_are_the_expected_ones():
    for zone, city in ZONE_CITIES.items():
        assert archetypes.city_climate(city)["climate_zone"] == zone


def test_defaults_list_every_building_field_but_the_entered_ones():
    project = archetypes.project_from_archetype("Beijing", "residential", "pre_1986")
    leaf_paths = {p for p, _, _ in walk_fields(project) if p.startswith("buildings[0].")}
    entered = {"buildings[0].name", "buildings[0].use", "buildings[0].era"}
    assert leaf_paths - entered <= set(project.defaults)
    assert not entered & set(project.defaults)
    assert "supply.kind" in project.defaults and "economics.tariffs.electricity" in project.defaults
    assert "accounting.grid_region" in project.defaults


def _u_by_layers(construction, r_si, r_se=R_SE):
    """R = R_si + Σ d/λ + R_se (GB 50176-2016 eq. 3.4.x), U = 1/R."""
    r = r_si + r_se + sum(layer.thickness.to("m").m / layer.conductivity.to("W/(m*K)").m
                          for layer in construction.layers)
    return 1.0 / r


def test_beijing_pre_1986_wall_by_hand():
    # 20 cement mortar (0.93) + 370 solid brick (0.81) + 20 lime mortar (0.81):
    # R = 0.11 + 0.02/0.93 + 0.37/0.81 + 0.02/0.81 + 0.04
    #   = 0.11 + 0.021505 + 0.456790 + 0.024691 + 0.04 = 0.652986 -> U = 1.5314
    b, _ = archetypes.building_from_archetype("Beijing", "residential", "pre_1986")
    assert [layer.material for layer in b.wall.layers] == ["cement_mortar", "solid_clay_brick", "lime_mortar"]
    assert _u_by_layers(b.wall, R_SI_WALL) == pytest.approx(1.5314, abs=5e-4)


def test_harbin_2016_wall_by_hand():
    # 5 render (0.93) + 130 EPS (0.039 × 1.10 = 0.0429) + 20 cement mortar (0.93)
    # + 200 RC (1.74) + 20 lime-cement mortar (0.87):
    # R = 0.11 + 0.005376 + 3.030303 + 0.021505 + 0.114943 + 0.022989 + 0.04 = 3.345116
    # -> U = 0.2989 (JGJ 26-2018 severe cold ≈ 0.30)
    b, _ = archetypes.building_from_archetype("Harbin", "residential", "2016_on")
    assert [layer.material for layer in b.wall.layers] == [
        "cement_mortar", "eps_board", "cement_mortar", "reinforced_concrete", "lime_cement_mortar"]
    assert b.wall.layers[1].thickness.to("mm").m == pytest.approx(130)
    assert _u_by_layers(b.wall, R_SI_WALL) == pytest.approx(0.2989, abs=5e-4)


def test_shanghai_2005_wall_by_hand():
    # 5 render + 35 insulating mortar (0.070 × 1.25 = 0.0875) + 20 cement mortar
    # + 240 porous brick (0.58) + 20 lime-cement mortar (0.87):
    # R = 0.11 + 0.005376 + 0.4 + 0.021505 + 0.413793 + 0.022989 + 0.04 = 1.013663 -> U = 0.9865
    b, _ = archetypes.building_from_archetype("Shanghai", "residential", "2005_2015")
    assert _u_by_layers(b.wall, R_SI_WALL) == pytest.approx(0.9865, abs=5e-4)


def test_beijing_pre_1986_roof_by_hand_and_by_the_envelope_module():
    from calc.envelope import u_value

    # 5 felt (0.17) + 20 mortar (0.93) + 130 perlite (0.16 × 1.5 = 0.24) + 120 RC (1.74) + 15 lime mortar (0.81)
    # Σd/λ = 0.029412 + 0.021505 + 0.541667 + 0.068966 + 0.018519 = 0.680068
    # with the roof's upward-flow R_si 0.10 (ISO 6946): R = 0.820068 -> U = 1.2194
    b, _ = archetypes.building_from_archetype("Beijing", "residential", "pre_1986")
    assert _u_by_layers(b.roof, 0.10) == pytest.approx(1.2194, abs=5e-4)
    assert u_value(b.roof, "roof").to("W/(m**2*K)").m == pytest.approx(1.2194, abs=5e-4)


@pytest.mark.parametrize("zone", ZONE_CITIES)
def test_layered_u_values_meet_the_table_targets(zone):
    for era in ERAS:
        for use in ("residential", "office"):
            b, _ = archetypes.building_from_archetype(ZONE_CITIES[zone], use, era)
            env = tables.archetype_row("archetype_envelope", climate_zone=zone, era=era,
                                       use_class="residential" if use == "residential" else "public")
            # insulation thicknesses are rounded to 5 mm, so within 10 % of the standard's value
            assert _u_by_layers(b.wall, R_SI_WALL) == pytest.approx(env["wall_u_w_m2k"], rel=0.10), (zone, era, use)
            assert _u_by_layers(b.roof, R_SI_WALL) == pytest.approx(env["roof_u_w_m2k"], rel=0.10), (zone, era, use)


def test_u_values_improve_with_era_in_the_north():
    for city in ("Harbin", "Beijing"):
        walls = [_u_by_layers(archetypes.building_from_archetype(city, "residential", e)[0].wall, R_SI_WALL)
                 for e in ERAS]
        assert walls == sorted(walls, reverse=True), city


def test_supply_defaults_by_zone_and_use():
    assert archetypes.project_from_archetype("Beijing", "residential", "pre_1986").supply.kind == "district_heating"
    shanghai = archetypes.project_from_archetype("Shanghai", "office", "1986_1995").supply
    assert shanghai.kind == "gas_boiler" and shanghai.efficiency == pytest.approx(0.88)
    south = archetypes.project_from_archetype("Guangzhou", "residential", "2016_on").supply
    assert south.kind == "air_source_heat_pump" and south.heat_pump.product == "ashp_split_room"


def test_city_gives_heating_season_and_grid_region():
    from calc.datasets import cities

    row = cities.city("Beijing")
    project = archetypes.project_from_archetype("Beijing", "residential", "1996_2004")
    op = project.buildings[0].operation
    assert (op.heating_season_start, op.heating_season_end) == (row["heating_season_start"], row["heating_season_end"])
    assert project.accounting.grid_region == row["grid_region"]


def test_operation_data_by_use():
    b, _ = archetypes.building_from_archetype("Beijing", "residential", "pre_1986")
    assert b.operation.heating_setpoint.to("degC").m == pytest.approx(18)  # JGJ 26-2018 §3.0.1
    assert b.operation.internal_gains.to("W/m**2").m == pytest.approx(3.8)  # JGJ 26-2010
    assert b.operation.schedule == "residential"
    # 60 m × 11 m × 6 storeys = 3960 m²; / 75 m² per dwelling = 52.8 -> 53 dwellings
    assert b.dwellings == 53
    other, _ = archetypes.building_from_archetype("Beijing", "other_public", "2016_on")
    office, _ = archetypes.building_from_archetype("Beijing", "office", "2016_on")
    assert other.operation.internal_gains == office.operation.internal_gains
    assert other.operation.schedule == "office" and other.dwellings == 0
    assert office.equipment.lighting_power.to("W/m**2").m == pytest.approx(9)  # GB 50034-2013 office


def test_mechanical_ventilation_only_from_its_era():
    old, _ = archetypes.building_from_archetype("Beijing", "office", "1996_2004")
    new, _ = archetypes.building_from_archetype("Beijing", "office", "2005_2015")
    assert old.ventilation.mechanical_ach.m == 0
    assert new.ventilation.mechanical_ach.to("1/h").m == pytest.approx(0.8)


def test_climate_zone_override():
    b, _ = archetypes.building_from_archetype("Beijing", "residential", "pre_1986", climate_zone="hsww")
    assert b.wall.layers[1].thickness.to("mm").m == pytest.approx(240)


@pytest.mark.parametrize("kwargs, message", [
    ({"use": "factory"}, "use: 'factory' is not known; allowed: residential, office"),
    ({"era": "1990s"}, "era: '1990s' is not known; allowed: pre_1986, 1986_1995"),
    ({"climate_zone": "tropical"}, "climate_zone: 'tropical' is not known; allowed: severe_cold, cold"),
])
def test_bad_input_names_field_value_and_allowed(kwargs, message):
    args = {"city": "Beijing", "use": "residential", "era": "pre_1986", **kwargs}
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        archetypes.building_from_archetype(**args)


def test_unknown_city_lists_known_ones():
    with pytest.raises(KeyError, match="known: .*Beijing"):
        archetypes.building_from_archetype("Atlantis", "residential", "pre_1986")


@pytest.mark.parametrize("zone", ["severe_cold", "cold", "hscw", "hsww", "mild"])
@pytest.mark.parametrize("era", ["pre_1986", "1986_1995", "1996_2004", "2005_2015", "2016_on"])
def test_residential_archetypes_use_the_dwelling_schedule(zone, era):
    # heating stays continuous (JGJ 26-2018), lighting follows the dwelling
    # profile: 5 W/m² × 4.0 full-load hours a day × 365 = 7.3 kWh/m²·a, not
    # 5 × 8760 h = 43.8 kWh/m²·a
    from calc import schedules
    from calc.climate import weather_for_site

    b, _ = archetypes.building_from_archetype("Beijing", "residential", era, climate_zone=zone)
    assert b.operation.schedule == "residential"
    index = weather_for_site(archetypes.project_from_archetype("Beijing", "residential", era).site).data.index
    assert schedules.heating_available("residential", index).all()
    kwh_m2 = b.equipment.lighting_power.to("W/m**2").m * schedules.lighting_use("residential", index).sum() / 1000
    assert kwh_m2 == pytest.approx(5 * (4.0 * 261 + 4.1 * 104) / 1000, rel=0.01)


@pytest.mark.parametrize("era", ["pre_1986", "1986_1995", "1996_2004", "2005_2015", "2016_on"])
def test_hscw_office_non_heating_energy_within_gbt51161(era):
    # GB/T 51161-2016, office, hot-summer-cold-winter zone, non-heating
    # energy (cooling, lighting, equipment, hot water): constraint 85 (class A,
    # natural ventilation) / 110 (class B, sealed with central HVAC)
    # kWh/(m²·a), guide 70 / 80 (Liu & Ren 2018, Table 7, read). The one row
    # of the standard that was read; the archetypes must stay below the class
    # B constraint and above half the class A guide.
    from calc.climate import weather_for_site
    from calc.geometry import floor_area
    from calc.variant import ThermalCache, simulate_state

    p = archetypes.project_from_archetype("Shanghai", "office", era)
    s = simulate_state(p, ThermalCache(weather_for_site(p.site), p.accounting))
    b = p.buildings[0]
    uses = s.supply.end_uses[b.name]
    non_heating = sum(q.to("kWh").m for u in ("cooling", "lighting", "appliances", "dhw")
                      for q in uses.get(u, {}).values()) / floor_area(b).m
    assert 35 <= non_heating <= 110


# --- the engine's inputs of availability and elevators, from the tables ---

import math
import warnings

from calc.assess import assess


@pytest.mark.parametrize("zone", tuple(ZONE_CITIES))
@pytest.mark.parametrize("use", USES)
def test_every_archetype_assesses_to_finite_numbers(zone, use):
    for era in ERAS:
        project = archetypes.project_from_archetype(ZONE_CITIES[zone], use, era)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # emitter and product notes are the subject of other tests
            a = assess(project, sensitivity=False)
        total = sum(q.to("kWh").m for q in a.baseline.delivered.values())
        assert math.isfinite(total) and total > 0, (zone, use, era)
        assert math.isfinite(a.baseline.energy_cost.to("CNY/a").m), (zone, use, era)


# own units in the hot-summer zones, network heat with own split units, else by season
AVAILABILITY = {("severe_cold", "residential"): "season", ("severe_cold", "office"): "heating_in_season",
                ("cold", "residential"): "heating_in_season", ("cold", "office"): "season",
                ("hscw", "residential"): "whenever_needed", ("hscw", "office"): "season",
                ("hsww", "residential"): "whenever_needed", ("hsww", "office"): "whenever_needed",
                ("mild", "residential"): "season", ("mild", "office"): "season"}


@pytest.mark.parametrize("zone, use", tuple(AVAILABILITY))
def test_hvac_availability_by_zone_and_supply(zone, use):
    b = archetypes.building_from_archetype(ZONE_CITIES[zone], use, "2016_on")[0]
    assert b.operation.hvac_availability == AVAILABILITY[(zone, use)]


def test_network_buildings_never_run_heating_out_of_season():
    for zone, city in ZONE_CITIES.items():
        for use in USES:
            p = archetypes.project_from_archetype(city, use, "2016_on")
            if p.supply.network is not None:
                assert p.buildings[0].operation.hvac_availability != "whenever_needed", (zone, use)


def test_elevators_from_the_storey_thresholds():
    # GB 50096-2011 §6.4.1: dwellings of 7 storeys or more; public buildings of 4 storeys or more
    for use in USES:
        for era in ERAS:
            b = archetypes.building_from_archetype("Beijing", use, era)[0]
            threshold = 7 if use == "residential" else 4
            assert (b.equipment.elevators > 0) == (b.geometry.storeys >= threshold), (use, era)
    hospital = archetypes.building_from_archetype("Beijing", "hospital", "2016_on")[0].equipment
    assert hospital.elevator_usage == "very_high"
    tower = archetypes.building_from_archetype("Beijing", "residential", "2016_on")[0]
    assert tower.geometry.storeys >= 12 and tower.equipment.elevators >= 2  # two per core from 12 storeys


def test_elevators_are_defaulted_fields():
    p = archetypes.project_from_archetype("Beijing", "office", "2016_on")
    assert "buildings[0].equipment.elevators" in p.defaults
    assert "buildings[0].operation.hvac_availability" in p.defaults


def test_dwellings_cool_part_time_and_part_space_public_buildings_whole_floor():
    # archetype_operation.csv: dwellings 0.5 of the floor on the dwelling
    # schedule (evening and night cooling), offices the whole floor.
    home, _ = archetypes.building_from_archetype("Shanghai", "residential", "1996_2004")
    assert home.operation.schedule == "residential" and home.operation.cooled_floor_share == 0.5
    office, _ = archetypes.building_from_archetype("Shanghai", "office", "1996_2004")
    assert office.operation.cooled_floor_share == 1.0
