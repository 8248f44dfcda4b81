"""A hand-made Assessment for the report tests.

``fixture_assessment(project)`` is a FIXTURE: an Assessment assembled by hand
from the result classes with plausible made-up numbers, so the report can be
built without running the physics. Tests that check figures against the real
engine use ``calc.assess.assess`` (``real_assessment``) and are skipped only
while that module does not exist.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from calc import projectfile
from calc.geometry import floor_area
from calc.results import (
    Assessment, BuildingFigures, EconomicsResult, MeasureResult, NetworkFigures, PVFigures, SensitivityRow,
    TargetResult, VariantResult,
)
from calc.units import Q_

EXAMPLES = Path(__file__).resolve().parents[2] / "datasets" / "examples"
SAMPLES = ("residential_beijing_1980s", "office_shanghai_1990s")

_HEAT_SHAPE = np.array([0.2, 0.16, 0.1, 0.02, 0, 0, 0, 0, 0, 0.02, 0.1, 0.18])
_COOL_SHAPE = np.array([0, 0, 0, 0.02, 0.08, 0.18, 0.3, 0.28, 0.12, 0.02, 0, 0])


def load_sample(name: str):
    return projectfile.load(EXAMPLES / f"{name}.json")


def _variant(project, key, label, scale, *, network=None, pv=None):
    buildings = []
    for b in project.buildings:
        area = floor_area(b)
        heat = Q_(90.0 * scale, "kWh/m**2") * area
        cool = Q_(25.0 * (0.8 + 0.2 * scale), "kWh/m**2") * area
        buildings.append(BuildingFigures(
            name=b.name, floor_area=area, heating_need=heat.to("kWh"), cooling_need=cool.to("kWh"),
            heating_need_per_area=Q_(90.0 * scale, "kWh/m**2"), cooling_need_per_area=Q_(25.0, "kWh/m**2"),
            peak_heating=Q_(60.0 * scale, "W/m**2") * area, peak_cooling=Q_(50.0, "W/m**2") * area,
            monthly_heating=(heat * _HEAT_SHAPE).to("kWh"), monthly_cooling=(cool * _COOL_SHAPE).to("kWh"),
            losses={k: Q_(v * scale, "kWh") for k, v in (("walls", 210000.0), ("roof", 40000.0), ("floor", 20000.0),
                                                         ("windows", 150000.0), ("thermal_bridges", 30000.0),
                                                         ("ventilation", 120000.0))},
            gains={"solar": Q_(60000.0, "kWh"), "internal": Q_(90000.0, "kWh")},
            u_values={k: Q_(v * scale, "W/(m**2*K)") for k, v in (("wall", 1.5), ("roof", 1.0),
                                                                   ("ground_floor", 3.0), ("window", 4.7))},
            delivered={"electricity": Q_(150000.0 * (0.7 + 0.3 * scale), "kWh")},
            end_uses={}, pv=pv))
    area = sum(bf.floor_area for bf in buildings)
    heat = sum(bf.heating_need for bf in buildings)
    cool = sum(bf.cooling_need for bf in buildings)
    delivered = {"district_heat": (heat * 1.12).to("kWh"), "electricity": Q_(150000.0 * (0.7 + 0.3 * scale), "kWh")}
    tce = {"district_heat": Q_(delivered["district_heat"].m * 0.0001229 * 1.1, "tce"),
           "electricity": Q_(delivered["electricity"].m * 0.000302, "tce")}
    co2 = {"district_heat": Q_(delivered["district_heat"].m * 0.00026, "t"),
           "electricity": Q_(delivered["electricity"].m * 0.000570, "t")}
    return VariantResult(
        key=key, label=label, buildings=tuple(buildings), heating_need=heat.to("kWh"), cooling_need=cool.to("kWh"),
        delivered=delivered, delivered_physical={"district_heat_gj": delivered["district_heat"].m * 0.0036},
        end_uses={"heating": {"district_heat": delivered["district_heat"]},
                  "cooling": {"electricity": Q_(cool.to("kWh").m / 3.2, "kWh")},
                  "lighting": {"electricity": Q_(60000.0, "kWh")},
                  "pumps": {"electricity": Q_(5000.0 * scale, "kWh")}},
        standard_coal=tce, total_standard_coal=sum(tce.values()), heating_standard_coal=tce["district_heat"],
        co2=co2, total_co2=sum(co2.values()), total_delivered=sum(delivered.values()),
        energy_cost=Q_(30.0 * area.m * (0.6 + 0.4 * scale), "CNY/a"),
        network=network, pv=pv, renewable_share=Q_(0.0 if pv is None else 4.2, "percent"))


def fixture_assessment(project, *, sparse: bool = False) -> Assessment:
    """A hand-made Assessment for ``project`` (see the module docstring).
    ``sparse`` leaves out every optional part (no measures, sensitivity,
    network, PV, method, sources)."""
    has_net = project.supply.network is not None and not sparse
    net_before = NetworkFigures(heat_sent=Q_(700000.0, "kWh"), losses=Q_(91000.0, "kWh"),
                                loss_share=Q_(13.0, "percent"), pump_electricity=Q_(9000.0, "kWh")) if has_net else None
    net_after = NetworkFigures(heat_sent=Q_(480000.0, "kWh"), losses=Q_(55200.0, "kWh"),
                               loss_share=Q_(11.5, "percent"), pump_electricity=Q_(7000.0, "kWh")) if has_net else None
    pv = None if sparse else PVFigures(peak_power=Q_(85.0, "kW"), generation=Q_(93500.0, "kWh"),
                                       specific_yield=Q_(1100.0, "kWh/kW"), self_consumed=Q_(80000.0, "kWh"),
                                       exported=Q_(13500.0, "kWh"), roof_coverage=Q_(50.0, "percent"))
    baseline = _variant(project, "baseline", "Baseline", 1.0, network=net_before)
    package = _variant(project, "package", "Package", 0.62, network=net_after, pv=pv)
    measures = []
    if not sparse:
        for i, m in enumerate(project.measures):
            alone = _variant(project, f"m{i}", m.kind, 0.9 - 0.03 * i)
            measures.append(MeasureResult(
                index=i, kind=m.kind, label=m.label or m.kind.replace("_", " "), alone=alone,
                saving_rate_alone=Q_(12.0 - 2 * i, "percent"), sequential_contribution=Q_(11.0 - 2.5 * i, "pp"),
                investment=Q_(450000.0 + 120000 * i, "CNY"), subsidy=Q_(0.0, "CNY"), lifetime=Q_(25.0, "year"),
                annual_cost_saving=Q_(21000.0 - 3000 * i, "CNY/a"),
                simple_payback=None if i == 2 else Q_(21.4 + 5 * i, "year"),
                discounted_payback=None, npv=Q_(-120000.0 + 90000 * i, "CNY"), irr=None if i else Q_(1.8, "percent"),
                cost_of_saved_energy=Q_(0.41, "CNY/kWh"),
                abatement_cost=None if i == 3 else Q_(380.0 - 150 * i, "CNY/t"), co2_saving=Q_(38.0 - 6 * i, "t")))
    rate = Q_(38.0, "percent") if not project.is_public else Q_(17.5, "percent")
    target = Q_(20.0 if project.is_public else 30.0, "percent")
    return Assessment(
        project_name=project.meta.name, building_type="public" if project.is_public else "residential",
        city=project.site.city, climate_zone="cold" if project.site.city == "Beijing" else "hscw",
        weather_source="CSWD typical year (fixture)", weather_synthetic=project.site.city == "Shanghai",
        floor_area=sum(floor_area(b) for b in project.buildings), baseline=baseline,
        package=package if not sparse else baseline, measures=tuple(measures),
        target=TargetResult(basis=project.accounting.target_basis, target_rate=target, saving_rate=rate,
                            margin=Q_(rate.m - target.m, "pp"), passed=rate > target,
                            rates={"total_tce": rate, "heating_tce": Q_(44.1, "percent"),
                                   "delivered_kwh": Q_(35.2, "percent"), "co2": Q_(36.6, "percent")},
                            building_type="public" if project.is_public else "residential"),
        economics=EconomicsResult(investment=Q_(1850000.0, "CNY"), subsidy=Q_(0.0, "CNY"),
                                  annual_cost_saving=Q_(86000.0, "CNY/a"), simple_payback=Q_(21.5, "year"),
                                  discounted_payback=None, npv=Q_(-640000.0, "CNY"), irr=Q_(0.9, "percent"),
                                  abatement_cost=Q_(512.0, "CNY/t"), cost_of_saved_energy=Q_(0.52, "CNY/kWh")),
        sensitivity=() if sparse else (
            SensitivityRow(parameter="grid factor", low_label="0.5 kg/kWh", high_label="0.6 kg/kWh",
                           saving_rate_low=Q_(36.0, "percent"), saving_rate_high=Q_(39.0, "percent"),
                           payback_low=Q_(20.0, "year"), payback_high=Q_(23.0, "year"), verdict_robust=True),
            SensitivityRow(parameter="infiltration", low_label="-30 %", high_label="+30 %",
                           saving_rate_low=Q_(27.0, "percent"), saving_rate_high=Q_(41.0, "percent"),
                           payback_low=None, payback_high=Q_(18.0, "year"), verdict_robust=False)),
        warnings=() if sparse else ("Heat-pump capacity below the design load in 41 hours; back-up heater used.",),
        defaults=tuple(project.defaults),
        method=() if sparse else (
            ({"en": "Heating and cooling need", "zh": "供暖与供冷需求"},
             {"en": "ISO 52016-1 hourly 5R1C (fixture text)", "zh": "ISO 52016-1 逐时 5R1C（样例文字）"}),
            ({"en": "Standard coal", "zh": "标准煤"},
             {"en": "GB/T 2589-2020 (fixture text)", "zh": "GB/T 2589-2020（样例文字）"})),
        sources=() if sparse else ({"en": "CSWD typical meteorological years (fixture text)",
                                    "zh": "CSWD 典型气象年（样例文字）"},))
