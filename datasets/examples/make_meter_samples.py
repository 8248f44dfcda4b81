"""Make the sample meter files from a perturbed run of the sample block.

Run from the repository root: ``python3 datasets/examples/make_meter_samples.py``.
The "real" building is the sample with infiltration × 1.25 and a 19 °C
setpoint; readings are the engine's delivered energy with 2 % seeded noise.
The daily temperatures are synthetic: the typical year's daily means plus
seeded noise of 1.5 K. See docs/calibration.md.
"""
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import numpy as np, pandas as pd
from calc.projectfile import load
from calc.climate import weather_for_site
from calc.schema import set_path
from calc.units import Q_
from calc.calibration.meter import MeterSeries, Reading
from calc.calibration.fit import model_readings
from calc.calibration.periods import with_daily_means
from calc.measures import apply_measure

OUT = "datasets/examples/"
p = load(OUT + "residential_beijing_1980s.json")
typ = weather_for_site(p.site)
b = p.buildings[0]
# the "real" building: leakier (×1.25) and warmer (19 °C) than entered
real = set_path(p, "buildings[0].ventilation.infiltration_ach", b.ventilation.infiltration_ach * 1.25)
real = set_path(real, "buildings[0].operation.heating_setpoint", Q_(19.0, "degC"))
rng = np.random.default_rng(20241115)

def season(y):
    return [(dt.date(y, 11, 15), dt.date(y, 11, 30)), (dt.date(y, 12, 1), dt.date(y, 12, 31)),
            (dt.date(y + 1, 1, 1), dt.date(y + 1, 1, 31)), (dt.date(y + 1, 2, 1), dt.date(y + 1, 2, 28 if (y + 1) % 4 else 29)),
            (dt.date(y + 1, 3, 1), dt.date(y + 1, 3, 15))]

def readings(project, weather, periods, carrier, noise):
    blank = MeterSeries(tuple(Reading(s, e, carrier, Q_(1, "kWh"), i + 1) for i, (s, e) in enumerate(periods)), "x")
    y = model_readings(project, weather, blank)
    return y * (1 + noise * rng.standard_normal(len(y)))

# 1) calibration sample: heating season 2024/25 in GJ and twelve months of electricity, typical-year weather, 2 % noise
rows = []
for (s, e), v in zip(season(2024), readings(real, typ, season(2024), "district_heat", 0.02)):
    rows.append([s, e, "district_heat", round(v * 0.0036, 1), "GJ"])
months = [(dt.date(2024 + (m > 12), (m - 1) % 12 + 1, 1)) for m in range(4, 16)]
mp = [(d, (pd.Timestamp(d) + pd.offsets.MonthEnd(0)).date()) for d in months]
for (s, e), v in zip(mp, readings(real, typ, mp, "electricity", 0.02)):
    rows.append([s, e, "electricity", round(v), "kWh"])
pd.DataFrame(rows, columns=["period_start", "period_end", "carrier", "quantity", "unit"]).to_csv(
    OUT + "residential_beijing_1980s_meter.csv", index=False)

# 2) M&V sample: daily means = typical-year daily means + N(0, 1.5 K) (synthetic), 2022-11-01 .. 2025-03-31
days = pd.date_range("2022-11-01", "2025-03-31").date
td = typ.data["temp_air"].to_numpy().reshape(365, 24).mean(axis=1)
from calc.calibration.periods import day_of_year
temps = pd.Series([round(td[day_of_year(d)] + rng.normal(0, 1.5), 1) for d in days], index=days)
pd.DataFrame({"date": [d.isoformat() for d in days], "temp_mean_c": temps.values}).to_csv(
    OUT + "beijing_daily_temperatures_2022_2025.csv", index=False)
after = real
for m in real.measures:
    if m.enabled:          # the whole package, as the assessment's "package" state
        after = apply_measure(after, m)
def season_rows(project, y):
    w = with_daily_means(typ, temps[[dt.date(y, 11, 1) <= d <= dt.date(y + 1, 3, 31) for d in temps.index]])
    return [[s, e, "district_heat", round(v * 0.0036, 1), "GJ"]
            for (s, e), v in zip(season(y), readings(project, w, season(y), "district_heat", 0.02))]
cols = ["period_start", "period_end", "carrier", "quantity", "unit"]
pd.DataFrame(season_rows(real, 2022) + season_rows(real, 2023), columns=cols).to_csv(
    OUT + "residential_beijing_1980s_meter_before.csv", index=False)
pd.DataFrame(season_rows(after, 2024), columns=cols).to_csv(OUT + "residential_beijing_1980s_meter_after.csv", index=False)
print("ok")
