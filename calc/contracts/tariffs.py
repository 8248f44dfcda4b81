"""Tariffs as they are billed: the two-part heat tariff with its transition
cap and revenue-neutral calibration, tiered (block) residential
electricity, and time-of-use electricity applied hour by hour.

Sources (datasets/SOURCES.md, docs/economics.md):

* two-part heat tariff -- 发改价格〔2007〕1195号《城市供热价格管理暂行办法》:
  a fixed (capacity) part of 30-60 % of the area bill plus a metered part;
  the transition rule "多退少不补" (a lower metered bill is refunded, a higher
  one not charged; Weifang, Datong) and a pilot's cap at 115 % of the area
  bill;
* tiered residential electricity -- 发改价格〔2011〕2617号: tier 2 = tier 1
  + 0.05 CNY/kWh, tier 3 = tier 1 + 0.30 CNY/kWh (Beijing 0.4883 /
  0.5383 / 0.7883 CNY/kWh, 240 / 400 kWh per household and month);
* time-of-use -- 发改价格〔2021〕1093号: peak : valley ≥ 3 : 1 (≥ 4 : 1 where
  the system's peak-valley gap exceeds 40 %).
"""

from __future__ import annotations

import numpy as np

from ..units import Q_, check_dimension, magnitude, to

HEAT_CALIBRATIONS = ("entered", "revenue_neutral")
ELECTRICITY_TARIFFS = ("flat", "tiered", "time_of_use")


def parse_hours(text: str) -> list[int]:
    """Hours of day from ranges of interval starts, e.g. "8-11,17-21" ->
    8, 9, 10, 17, 18, 19, 20 (end exclusive); "23-7" wraps past midnight.

    Raises ``ValueError`` naming what is wrong.
    """
    hours: list[int] = []
    for part in (p.strip() for p in str(text).split(",")):
        if not part:
            continue
        bits = part.split("-")
        try:
            if len(bits) != 2:
                raise ValueError
            a, b = int(bits[0]), int(bits[1])
        except ValueError:
            raise ValueError(f"{part!r}: write ranges of hours like 8-11,17-21") from None
        if not (0 <= a <= 23 and 0 <= b <= 24) or a == b:
            raise ValueError(f"{part!r}: hours must be 0-24 and a range must not be empty")
        span = range(a, b) if a < b else list(range(a, 24)) + list(range(0, b))
        for h in span:
            if h in hours:
                raise ValueError(f"hour {h} listed twice")
            hours.append(h)
    return hours


def tou_periods(peak_hours: str, valley_hours: str) -> dict:
    """Periods of a three-period time-of-use tariff: "peak" and "valley" from
    the text ranges (:func:`parse_hours`), "flat" the other hours."""
    peak, valley = parse_hours(peak_hours), parse_hours(valley_hours)
    both = sorted(set(peak) & set(valley))
    if both:
        raise ValueError(f"hours {both} are both peak and valley")
    return {"peak": peak, "valley": valley, "flat": [h for h in range(24) if h not in peak and h not in valley]}


def electricity_bill(hourly, tariffs, hours, months, households: int, heat_pump=None):
    """Electricity bill of hourly grid imports under the project's tariff.

    Parameters
    ----------
    hourly : pint.Quantity
        Grid imports [kWh] hour by hour.
    tariffs : calc.model.Tariffs
        ``electricity_tariff``: "flat" (``electricity`` per kWh), "tiered"
        (``electricity`` in tier 1, + ``tier2_adder`` above ``tier1_limit``,
        + ``tier3_adder`` above ``tier2_limit``, per household and month;
        发改价格〔2011〕2617号) or "time_of_use" (``electricity`` × ``peak_factor``
        in ``peak_hours``, × ``valley_factor`` in ``valley_hours``, flat
        otherwise; 发改价格〔2021〕1093号).
    hours, months : array of int
        Hour of day and month of each interval.
    households : int
        Dwellings billed separately (tiered tariff), ≥ 1.
    heat_pump : pint.Quantity, optional
        Heat-pump electricity hour by hour [kWh]: with a
        ``heat_pump_price`` set (the dedicated price of 煤改电 heating
        electricity), the imports up to it are billed at that price and the
        rest under the tariff.

    Returns
    -------
    pint.Quantity
        [CNY/a].
    """
    hp_price = getattr(tariffs, "heat_pump_price", None)
    if heat_pump is not None and hp_price is not None:
        x = np.clip(np.asarray(magnitude(hourly, "kWh", "hourly"), float), 0.0, None)
        hp = np.minimum(np.clip(np.asarray(magnitude(heat_pump, "kWh", "heat_pump"), float),
                                0.0, None), x)
        rest = electricity_bill(Q_(x - hp, "kWh"), tariffs, hours, months, households)
        return Q_(rest.m + float(hp.sum()) * magnitude(hp_price, "CNY/kWh"), "CNY/a")
    kind = getattr(tariffs, "electricity_tariff", "flat")
    price = to(tariffs.electricity, "CNY/kWh")
    if kind == "flat":
        x = np.clip(np.asarray(magnitude(hourly, "kWh", "hourly"), float), 0.0, None)
        return Q_(float(x.sum()) * price.m, "CNY/a")
    if kind == "time_of_use":
        periods = tou_periods(tariffs.peak_hours, tariffs.valley_hours)
        prices = {"peak": price * tariffs.peak_factor, "valley": price * tariffs.valley_factor, "flat": price}
        return tou_bill(hourly, hours, periods, prices)
    if kind == "tiered":
        n = int(households)
        if n < 1:
            raise ValueError(f"households = {n}: the tiered tariff bills dwellings; enter the number of dwellings")
        per_household = np.clip(np.asarray(magnitude(hourly, "kWh"), float), 0.0, None) / n
        bounds = [tariffs.tier1_limit, tariffs.tier2_limit]
        prices = [price, price + tariffs.tier2_adder, price + tariffs.tier3_adder]
        return n * monthly_tiered_bill(Q_(per_household, "kWh"), months, bounds, prices)
    raise ValueError(f"electricity_tariff = {kind!r}: must be one of " + ", ".join(ELECTRICITY_TARIFFS))


def _gj(heat) -> float:
    q = check_dimension(heat, "GJ", "heat")
    return float(np.sum(magnitude(q, "GJ")))


def area_heat_bill(area, area_price):
    """Area (flat-rate) heat bill = floor area × price per m² and season [CNY/a]."""
    a = magnitude(area, "m**2", "area")
    p = magnitude(area_price, "CNY/m**2", "area_price")
    return Q_(a * p, "CNY/a")


def two_part_heat_bill(heat, area, area_price, fixed_share: float, energy_price, cap=None):
    """Heat bill under the two-part tariff, with the transition cap.

    bill = f · A · P_area + Q · p_energy, and with a cap c:
    bill = min(bill, c · A · P_area) (发改价格〔2007〕1195号; cap c = 1 is the
    "多退少不补" rule, 1.15 a pilot's).

    Parameters
    ----------
    heat : pint.Quantity
        Metered heat over the season [GJ or kWh] (annual or hourly, summed).
    area : pint.Quantity
        Billed floor area A [m²].
    area_price : pint.Quantity
        Area tariff P_area [CNY/m²] per season.
    fixed_share : float
        Fixed (capacity) share f of the area bill [-], 0-1.
    energy_price : pint.Quantity
        Metered price p_energy [CNY/GJ].
    cap : float, optional
        Cap c on the bill as a multiple of the area bill [-]; None = no cap.

    Returns
    -------
    pint.Quantity
        [CNY/a].
    """
    if not 0.0 <= fixed_share <= 1.0:
        raise ValueError(f"fixed_share = {fixed_share:g}: must be between 0 and 1")
    area_bill = area_heat_bill(area, area_price).m
    p = magnitude(energy_price, "CNY/GJ", "energy_price")
    bill = fixed_share * area_bill + _gj(heat) * p
    if cap is not None:
        c = float(getattr(cap, "magnitude", cap))
        if not c > 0:
            raise ValueError(f"cap = {c:g}: must be > 0")
        bill = min(bill, c * area_bill)
    return Q_(bill, "CNY/a")


def revenue_neutral_heat_price(reference_heat, area, area_price, fixed_share: float):
    """The metered price that keeps the heat bill (the company's revenue)
    unchanged at an unchanged consumption.

    Solves f·A·P_area + Q_ref·p = A·P_area for p:
    p = (1 − f)·A·P_area / Q_ref.

    Parameters
    ----------
    reference_heat : pint.Quantity
        Heat consumed under area billing, before any change [GJ or kWh].
    area, area_price, fixed_share
        As in :func:`two_part_heat_bill`.

    Returns
    -------
    pint.Quantity or None
        [CNY/GJ]; None when no heat was consumed (no price does it).
    """
    q = _gj(reference_heat)
    if not q > 0:
        return None
    return Q_((1.0 - fixed_share) * area_heat_bill(area, area_price).m / q, "CNY/GJ")


def tiered_bill(energy, bounds, prices):
    """Bill of a block (tiered) tariff over one billing period.

    Parameters
    ----------
    energy : pint.Quantity
        Consumption in the period [kWh], scalar ≥ 0.
    bounds : sequence of pint.Quantity
        Upper bounds of tiers 1..n−1 [kWh], increasing.
    prices : sequence of pint.Quantity
        Price of each of the n tiers [CNY/kWh].

    Returns
    -------
    pint.Quantity
        [CNY] Σ price_i × energy within tier i (发改价格〔2011〕2617号).
    """
    e = float(magnitude(energy, "kWh", "energy"))
    b = [float(magnitude(x, "kWh", "bounds")) for x in bounds]
    p = [float(magnitude(x, "CNY/kWh", "prices")) for x in prices]
    if len(p) != len(b) + 1:
        raise ValueError(f"prices: {len(p)} given for {len(b) + 1} tiers")
    if any(hi <= lo for lo, hi in zip([0.0] + b, b)):
        raise ValueError("bounds: must be positive and increasing")
    if e < 0:
        raise ValueError(f"energy = {e:g} kWh: must be ≥ 0")
    edges = [0.0] + b + [np.inf]
    cost = sum(pi * max(0.0, min(e, hi) - lo) for pi, lo, hi in zip(p, edges[:-1], edges[1:]))
    return Q_(cost, "CNY")


def monthly_tiered_bill(hourly, months, bounds, prices):
    """Tiered bill settled month by month, from hourly consumption.

    Parameters
    ----------
    hourly : pint.Quantity
        Hourly consumption [kWh] (array).
    months : array of int
        Month (1-12) of each hour.
    bounds, prices
        Monthly tier bounds [kWh] and prices [CNY/kWh] (:func:`tiered_bill`).

    Returns
    -------
    pint.Quantity
        [CNY/a], the sum of the twelve monthly bills.
    """
    x = np.asarray(magnitude(hourly, "kWh", "hourly"), float)
    m = np.asarray(months, int)
    if x.shape != m.shape:
        raise ValueError(f"months: {m.size} values for {x.size} hours")
    total = sum(tiered_bill(Q_(float(x[m == k].sum()), "kWh"), bounds, prices).m for k in range(1, 13))
    return Q_(total, "CNY/a")


def tou_bill(hourly, hours, periods: dict, prices: dict):
    """Time-of-use bill, hour by hour (发改价格〔2021〕1093号).

    Parameters
    ----------
    hourly : pint.Quantity
        Hourly consumption [kWh] (array); negative values (exports) are
        not bought and count zero.
    hours : array of int
        Hour of day (0-23) at the start of each interval.
    periods : dict[str, iterable of int]
        Period name -> hours of day in it; every hour 0-23 exactly once.
    prices : dict[str, pint.Quantity]
        Period name -> price [CNY/kWh].

    Returns
    -------
    pint.Quantity
        [CNY/a] Σ_h max(E_h, 0) · price(period of h).
    """
    x = np.clip(np.asarray(magnitude(hourly, "kWh", "hourly"), float), 0.0, None)
    h = np.asarray(hours, int)
    if x.shape != h.shape:
        raise ValueError(f"hours: {h.size} values for {x.size} intervals")
    price_of_hour = np.full(24, np.nan)
    for name, hs in periods.items():
        if name not in prices:
            raise ValueError(f"prices: no price for period {name!r}")
        p = magnitude(prices[name], "CNY/kWh", f"prices[{name}]")
        for hour in hs:
            if not np.isnan(price_of_hour[hour]):
                raise ValueError(f"periods: hour {hour} in two periods")
            price_of_hour[hour] = p
    missing = [i for i in range(24) if np.isnan(price_of_hour[i])]
    if missing:
        raise ValueError(f"periods: hours {missing} in no period")
    return Q_(float(np.sum(x * price_of_hour[h])), "CNY/a")
