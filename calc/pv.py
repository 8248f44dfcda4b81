"""Rooftop photovoltaics: array layout on the roof, hourly AC output, and the
split of that output into self-consumption and export.

The chain follows PVWatts v5 (Dobos 2014, NREL/TP-6A20-62641) built from
pvlib's pure functions:

1. solar position at the middle of each hourly interval (NREL SPA,
   ``pvlib.solarposition``);
2. plane-of-array irradiance by the Perez 1990 model
   (``pvlib.irradiance.get_total_irradiance(model="perez")``);
3. incidence-angle loss of the beam and circumsolar part with the
   physical (Fresnel + absorption) model, as in PVWatts v5;
4. cell temperature by the Sandia (SAPM) model, King et al. 2004 eq. 11-12;
5. DC power by the PVWatts model (Dobos 2014);
6. lumped DC losses (``PVSystem.system_losses``, PVWatts convention);
7. AC power by the PVWatts inverter model (Dobos 2014) with a DC/AC
   ratio and the inverter's nominal efficiency.

Roof layout: the usable roof area is footprint × ``coverage`` (the share of
the roof given to the array, rows and the gaps between them). Tilted rows on
a flat roof are spaced so that a row does not shade the next one at solar
noon on the winter solstice; the ground coverage ratio (module slant length
over row pitch) follows from that, and module area = usable area × GCR.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pvlib

from . import climate
from .datasets import tables
from .geometry import footprint_area
from .units import Q_, magnitude

# ---------------------------------------------------------------- constants

#: Solar declination at the December solstice [deg] (Spencer 1971 / Cooper
#: 1969 give −23.45; the current obliquity of the ecliptic is 23.44°).
WINTER_SOLSTICE_DECLINATION_DEG = -23.44
#: Ground (roof surface) albedo [-]; 0.2 is the common default for grass /
#: weathered roofing (PVWatts v5 default albedo, Dobos 2014).
ROOF_ALBEDO = 0.2
#: Cell-temperature model parameters: SAPM open rack, glass/polymer module
#: (King et al. 2004, SAND2004-3535, Table 1), the mount of tilted rows on a
#: flat roof.
SAPM_MOUNT = "open_rack_glass_polymer"
#: DC/AC ratio of array to inverter nameplate [-]; PVWatts v5 default 1.2
#: (Dobos 2014). Distributed PV in China is commonly
#: built at 1.1-1.3.
DC_AC_RATIO = 1.2
#: PVWatts reference inverter efficiency at which the efficiency curve is
#: anchored (Dobos 2014; pvlib.inverter.pvwatts default).
INVERTER_REF_EFFICIENCY = 0.9637
#: Irradiance at standard test conditions [W/m²] (IEC 61215 / IEC 60904-3).
STC_IRRADIANCE = 1000.0


@dataclass(frozen=True)
class ModuleProduct:
    """A PV module type; datasheet values at STC from the module table
    (``datasets/tables/pv_modules.csv``)."""

    key: str
    p_stc: float        # [W] nameplate power at STC
    area: float         # [m²] module outline area
    gamma_pdc: float    # [1/K] temperature coefficient of Pmax
    source: str

    @property
    def efficiency(self) -> float:
        """Module efficiency at STC [-]."""
        return self.p_stc / (self.area * STC_IRRADIANCE)


def module_product(key: str) -> ModuleProduct:
    """The module product for a model key (``PVSystem.module``); a wrong key
    lists the valid ones."""
    try:
        row = tables.pv_module(key)
    except KeyError as e:
        raise ValueError(f"pv.module = {key!r}: {e.args[0]}") from None
    return ModuleProduct(key, magnitude(row["power_stc"], "W"), magnitude(row["area"], "m**2"),
                         magnitude(row["gamma_pmax"], "1/K"), row["source"])


# ---------------------------------------------------------------- layout

def winter_solstice_noon_elevation(latitude):
    """Solar elevation at true solar noon on the December solstice.

    Parameters
    ----------
    latitude : pint.Quantity
        Site latitude [deg], north positive, |φ| < 66.5° (sun above the
        horizon at the solstice).

    Returns
    -------
    pint.Quantity
        Elevation angle α = 90° − |φ − δ| [deg] with δ = −23.44°
        (Duffie & Beckman 2013, eq. 1.6.5 at ω = 0).
    """
    phi = magnitude(latitude, "deg", "latitude")
    alpha = 90.0 - abs(phi - WINTER_SOLSTICE_DECLINATION_DEG)
    if not alpha > 0:
        raise ValueError(f"latitude = {phi:g} deg: the sun stays below the horizon at the winter "
                         "solstice; allowed −66.5 < latitude < 66.5 deg")
    return Q_(alpha, "deg")


def ground_coverage_ratio(tilt, azimuth, latitude) -> float:
    """Ground coverage ratio of tilted rows free of mutual shading at noon
    on the winter solstice.

    Row pitch p = L·cos β + L·sin β·|cos(γ − 180°)| / tan α, so
    GCR = L / p = 1 / (cos β + sin β·|cos(γ − 180°)| / tan α), with β the
    tilt, γ the module azimuth and α the solstice noon elevation. The sun
    is due south at solar noon, so only the shadow component along the row
    normal counts. This is the noon criterion; GB 50797-2012 (PV power station
    design code) asks for no shading 9:00-15:00 true solar time on the
    solstice, which gives wider rows.

    Parameters
    ----------
    tilt : pint.Quantity
        Module tilt β [deg], 0-90.
    azimuth : pint.Quantity
        Module azimuth γ [deg], 180 = south.
    latitude : pint.Quantity
        Site latitude [deg].

    Returns
    -------
    float
        GCR [-] in (0, 1]; 1 for horizontal modules.
    """
    beta = math.radians(magnitude(tilt, "deg", "tilt"))
    gamma = math.radians(magnitude(azimuth, "deg", "azimuth"))
    alpha = math.radians(winter_solstice_noon_elevation(latitude).magnitude)
    pitch_per_length = math.cos(beta) + math.sin(beta) * abs(math.cos(gamma - math.pi)) / math.tan(alpha)
    return min(1.0, 1.0 / pitch_per_length)


@dataclass(frozen=True)
class PVLayout:
    """The array on one roof.

    Attributes: ``usable_area`` [m²] roof given to the array; ``gcr`` [-];
    ``n_modules`` [-]; ``module_area`` [m²] total module area;
    ``peak_power`` [kW] DC nameplate (kWp); ``roof_coverage`` [-] module
    area / roof area; ``module`` the product.
    """

    usable_area: object
    gcr: float
    n_modules: int
    module_area: object
    peak_power: object
    roof_coverage: float
    module: ModuleProduct


def pv_layout(building, latitude) -> PVLayout:
    """Lay out whole modules on the building's flat roof.

    Parameters
    ----------
    building : calc.model.Building
        With ``building.pv`` set (coverage, tilt, azimuth, module).
    latitude : pint.Quantity
        Site latitude [deg].

    Returns
    -------
    PVLayout
        Usable area = footprint × coverage; modules = ⌊usable × GCR / A_module⌋
        (:func:`ground_coverage_ratio`); kWp = modules × P_STC.
    """
    pv = _require_pv(building)
    product = module_product(pv.module)
    roof = footprint_area(building).to("m**2").magnitude
    usable = roof * pv.coverage
    gcr = ground_coverage_ratio(pv.tilt, pv.azimuth, latitude)
    n = int(math.floor(usable * gcr / product.area + 1e-9))  # tolerance: exact fits stay whole
    module_area = n * product.area
    return PVLayout(
        usable_area=Q_(usable, "m**2"), gcr=gcr, n_modules=n, module_area=Q_(module_area, "m**2"),
        peak_power=Q_(n * product.p_stc / 1000.0, "kW"), roof_coverage=module_area / roof, module=product,
    )


def _require_pv(building):
    if building.pv is None:
        raise ValueError(f"building {building.name!r}: pv is empty; set a PVSystem to compute PV output")
    return building.pv


# ---------------------------------------------------------------- output

@dataclass(frozen=True)
class PVResult:
    """Hourly and annual output of one rooftop array.

    Attributes
    ----------
    layout : PVLayout
    ac : pint.Quantity
        Hourly AC energy [kWh], 8760 values (interval means × 1 h).
    dc : pint.Quantity
        Hourly DC energy after DC losses [kWh].
    poa : pint.Quantity
        Hourly plane-of-array irradiation [kWh/m²].
    peak_power : pint.Quantity
        [kW] (kWp).
    annual : pint.Quantity
        Annual AC generation [kWh].
    specific_yield : pint.Quantity
        Annual AC generation per kWp [kWh/kW].
    performance_ratio : float
        Specific yield / (annual POA irradiation / 1 kW/m²) [-] (IEC 61724-1).
    """

    layout: PVLayout
    ac: object
    dc: object
    poa: object
    peak_power: object
    annual: object
    specific_yield: object
    performance_ratio: float


def pv_output(building, weather) -> PVResult:
    """Hourly AC output of the building's rooftop array (PVWatts v5 chain).

    Parameters
    ----------
    building : calc.model.Building
        With ``building.pv`` set.
    weather : calc.climate.Weather
        Hourly weather; ``ghi``, ``dni``, ``dhi`` [W/m²], ``temp_air``
        [°C], ``wind_speed`` [m/s], ``pressure`` [Pa]; index = start of each
        hour.

    Returns
    -------
    PVResult
        Hourly AC [kWh] and annual figures. References: Perez et al. 1990
        (Solar Energy 44(5)); King et al. 2004 (SAND2004-3535) eq. 11-12;
        Dobos 2014 (NREL/TP-6A20-62641).
    """
    pv = _require_pv(building)
    layout = pv_layout(building, Q_(weather.latitude, "deg"))
    tilt = magnitude(pv.tilt, "deg")
    azimuth = magnitude(pv.azimuth, "deg")
    poa_global, effective = _plane_of_array(weather, tilt, azimuth)
    data = weather.data
    temp_cell = pvlib.temperature.sapm_cell(
        poa_global, data["temp_air"].to_numpy(float), data["wind_speed"].to_numpy(float),
        **pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"][SAPM_MOUNT])
    pdc0 = magnitude(layout.peak_power, "W")
    dc = _dc_power(effective, temp_cell, pdc0, layout.module.gamma_pdc, pv.system_losses)
    ac = _ac_power(dc, pdc0, pv.inverter_efficiency)
    return _result(layout, ac, dc, poa_global)


def _plane_of_array(weather, tilt: float, azimuth: float):
    """POA global and effective (after incidence-angle loss) irradiance [W/m²]."""
    data = weather.data
    times = data.index + pd.Timedelta(minutes=30)  # solar geometry at mid-interval
    sun = pvlib.solarposition.get_solarposition(
        times, weather.latitude, weather.solar_longitude, altitude=weather.elevation,
        pressure=data["pressure"].to_numpy(float), temperature=data["temp_air"].to_numpy(float))
    zenith = sun["apparent_zenith"].to_numpy(float)
    sun_azimuth = sun["azimuth"].to_numpy(float)
    dni_extra = climate.extra_radiation(times)
    airmass = np.asarray(pvlib.atmosphere.get_relative_airmass(zenith), float)
    poa = pvlib.irradiance.get_total_irradiance(
        tilt, azimuth, zenith, sun_azimuth,
        data["dni"].to_numpy(float), data["ghi"].to_numpy(float), data["dhi"].to_numpy(float),
        dni_extra=dni_extra, airmass=airmass, albedo=ROOF_ALBEDO, model="perez")
    aoi = pvlib.irradiance.aoi(tilt, azimuth, zenith, sun_azimuth)
    iam = pvlib.iam.physical(aoi)
    poa_global = np.nan_to_num(np.asarray(poa["poa_global"], float))
    direct = np.nan_to_num(np.asarray(poa["poa_direct"], float))
    diffuse = np.nan_to_num(np.asarray(poa["poa_diffuse"], float))
    effective = direct * np.nan_to_num(np.asarray(iam, float)) + diffuse
    return poa_global, effective


def _dc_power(effective, temp_cell, pdc0: float, gamma_pdc: float, losses: float):
    """PVWatts DC power [W] after lumped DC losses."""
    pdc = pvlib.pvsystem.pvwatts_dc(effective, temp_cell, pdc0, gamma_pdc)
    return np.maximum(np.asarray(pdc, float), 0.0) * (1.0 - losses)


def _ac_power(pdc, pdc0: float, eta_nom: float):
    """PVWatts inverter [W]; the inverter's DC rating is the array rating over
    the DC/AC ratio and the nominal efficiency (pvlib.inverter.pvwatts)."""
    if pdc0 <= 0:
        return np.zeros_like(pdc)
    pac0 = pdc0 / DC_AC_RATIO
    pac = pvlib.inverter.pvwatts(pdc, pac0 / eta_nom, eta_inv_nom=eta_nom,
                                 eta_inv_ref=INVERTER_REF_EFFICIENCY)
    return np.maximum(np.nan_to_num(np.asarray(pac, float)), 0.0)


def _result(layout: PVLayout, ac_w, dc_w, poa_w) -> PVResult:
    hours = 1.0  # hourly means → energy per interval
    ac = ac_w * hours / 1000.0
    annual = float(ac.sum())
    kwp = magnitude(layout.peak_power, "kW")
    specific = annual / kwp if kwp > 0 else 0.0
    poa_kwh = poa_w * hours / 1000.0
    reference_yield = poa_kwh.sum() / (STC_IRRADIANCE / 1000.0)
    pr = specific / reference_yield if reference_yield > 0 and kwp > 0 else 0.0
    return PVResult(
        layout=layout, ac=Q_(ac, "kWh"), dc=Q_(dc_w * hours / 1000.0, "kWh"), poa=Q_(poa_kwh, "kWh/m**2"),
        peak_power=layout.peak_power, annual=Q_(annual, "kWh"), specific_yield=Q_(specific, "kWh/kW"),
        performance_ratio=pr,
    )


# ---------------------------------------------------------------- self-consumption

@dataclass(frozen=True)
class SelfConsumption:
    """Hour-by-hour match of PV output and electricity use.

    Attributes: hourly ``self_consumed_hourly``, ``exported_hourly``,
    ``imported_hourly`` [kWh]; annual ``generation``, ``load``,
    ``self_consumed``, ``exported``, ``imported`` [kWh];
    ``self_consumption_rate`` = self-consumed / generation [-];
    ``self_sufficiency_rate`` = self-consumed / load [-].
    """

    self_consumed_hourly: object
    exported_hourly: object
    imported_hourly: object
    generation: object
    load: object
    self_consumed: object
    exported: object
    imported: object
    self_consumption_rate: float
    self_sufficiency_rate: float


def self_consumption(pv_hourly, load_hourly) -> SelfConsumption:
    """Split PV output into self-consumed and exported energy, hour by hour.

    Hourly netting without storage: self-consumed = min(PV, load) in each
    hour (the balance period of Chinese distributed-PV metering is the
    meter reading interval; hourly is the finest the model resolves).

    Parameters
    ----------
    pv_hourly : pint.Quantity
        PV AC energy per hour [kWh], ≥ 0.
    load_hourly : pint.Quantity
        Electricity use per hour [kWh], ≥ 0, same length.

    Returns
    -------
    SelfConsumption
        Rates are 0 when generation (or load) is 0.
    """
    pv = _hourly(pv_hourly, "pv_hourly")
    load = _hourly(load_hourly, "load_hourly")
    if pv.shape != load.shape:
        raise ValueError(f"pv_hourly has {pv.size} values, load_hourly {load.size}; they must match")
    used = np.minimum(pv, load)
    exported = pv - used
    imported = load - used
    gen, dem, sc = pv.sum(), load.sum(), used.sum()
    return SelfConsumption(
        self_consumed_hourly=Q_(used, "kWh"), exported_hourly=Q_(exported, "kWh"),
        imported_hourly=Q_(imported, "kWh"), generation=Q_(gen, "kWh"), load=Q_(dem, "kWh"),
        self_consumed=Q_(sc, "kWh"), exported=Q_(exported.sum(), "kWh"), imported=Q_(imported.sum(), "kWh"),
        self_consumption_rate=sc / gen if gen > 0 else 0.0,
        self_sufficiency_rate=sc / dem if dem > 0 else 0.0,
    )


def _hourly(q, name: str) -> np.ndarray:
    x = np.atleast_1d(np.asarray(magnitude(q, "kWh", name), float))
    if not np.all(np.isfinite(x)):
        raise ValueError(f"{name}: contains NaN or infinite values")
    if np.any(x < 0):
        raise ValueError(f"{name}: min {x.min():g} kWh; values must be ≥ 0")
    return x
