"""Solar irradiance on building surfaces and through glazing.

Solar position (NREL SPA) and transposition (Perez 1990) come from pvlib,
evaluated at the middle of each hourly interval (the weather's index holds
the interval start). Window transmission depends on the angle of incidence:
the beam part through the window's angular factor, sky and ground diffuse
through its integral over the hemisphere (Marion 2017). A window known by
(U_w, SHGC) takes its factor from LBNL's simple glazing model
(:mod:`calc.glazing`); N clear glass covers (Fresnel reflection at both
faces of every pane with their inter-reflections, and Bouguer absorption;
Duffie and Beckman 2013, clauses 5.1-5.3) remain for a number of panes.

Transposition of a year of data costs tens of milliseconds, so results are
memoised on the content of the weather (a digest of its timestamps, site and
irradiance columns): the same weather gives the same numbers, cached or not.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np
import pandas as pd
import pvlib

from . import climate, glazing
from .schedules import WEATHERS_KEPT, IdentityMemo
from .units import Q_, check_dimension

# ISO 52010-1:2017 clause 6.4.4 default solar reflectivity of the ground [-]
GROUND_ALBEDO = 0.2
# Half of the hourly interval: solar geometry at the interval midpoint
HALF_INTERVAL = pd.Timedelta(minutes=30)
# Clear window glass of the ASHRAE Standard 140 (BESTEST) double glazing:
# refractive index of soda-lime glass [-], extinction coefficient [1/m] and
# pane thickness [m] (0.0196 mm⁻¹, 3.175 mm; normal-incidence absorptance of a
# pane ~0.06, as the 0.064 of ESP-r's BESTEST optical database, entry
# DG_Bestest). pvlib.iam.physical is not used here: it models one air-glass
# interface (a PV cover glass bonded to the cell), while a window pane has two.
GLASS_N = 1.526
GLASS_K = 19.6
GLASS_L = 0.003175
TRANSPOSITION_MODEL = "perez"
MAX_PANES = 3
# memo sizes: a year of one plane is ~0.3 MB, so at most some tens of MB
_CACHE_SIZE = 64


def _digest(weather) -> str:
    d = weather.data
    h = hashlib.blake2b(digest_size=16)
    h.update(np.asarray([weather.latitude, weather.solar_longitude, weather.elevation], dtype=float).tobytes())
    h.update(d.index.asi8.tobytes())
    h.update(str(d.index.tz).encode())
    for col in ("ghi", "dni", "dhi"):
        h.update(np.ascontiguousarray(d[col].to_numpy(dtype=float)).tobytes())
    return h.hexdigest()


def _check_angles(tilt, azimuth) -> tuple[float, float]:
    t = float(check_dimension(tilt, "deg", "tilt").m)
    a = float(check_dimension(azimuth, "deg", "azimuth").m)
    if not 0.0 <= t <= 180.0:
        raise ValueError(f"tilt: {t:g} deg is outside the allowed range 0-180 deg")
    if not np.isfinite(a):
        raise ValueError(f"azimuth: {a!r} is not a finite angle")
    return t, a % 360.0


def _check_weather(weather) -> None:
    for col in ("ghi", "dni", "dhi"):
        x = weather.data[col].to_numpy(dtype=float)
        if not np.all(np.isfinite(x)) or np.any(x < 0):
            raise ValueError(f"weather.data.{col}: must be finite and ≥ 0 W/m²")
    if not -90.0 <= weather.latitude <= 90.0:
        raise ValueError(f"weather.latitude: {weather.latitude} deg is outside -90..90")


class _Keyed:
    """A weather object hashed and compared by the digest of its content, so
    that it can key the memoised transposition."""

    __slots__ = ("key", "weather")

    def __init__(self, weather):
        _check_weather(weather)
        self.key = _digest(weather)
        self.weather = weather

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, _Keyed) and other.key == self.key


# The check and the digest read the whole year (some milliseconds); a
# weather is read-only, so they are done once per weather object.
_KEYED = IdentityMemo(WEATHERS_KEPT)


def _keyed(weather) -> _Keyed:
    return _KEYED.get(weather, "keyed", lambda: _Keyed(weather))


@lru_cache(maxsize=_CACHE_SIZE)
def _position(keyed: _Keyed):
    weather = keyed.weather
    times = weather.data.index + HALF_INTERVAL
    sp = pvlib.solarposition.get_solarposition(times, weather.latitude, weather.solar_longitude,
                                               altitude=weather.elevation)
    zenith = sp["apparent_zenith"].to_numpy()
    azimuth = sp["azimuth"].to_numpy()
    dni_extra = climate.extra_radiation(times)
    airmass = pvlib.atmosphere.get_relative_airmass(zenith)
    return zenith, azimuth, dni_extra, np.asarray(airmass)


@lru_cache(maxsize=_CACHE_SIZE)
def _components(keyed: _Keyed, tilt: float, azimuth: float, albedo: float):
    weather = keyed.weather
    zenith, sun_az, dni_extra, airmass = _position(keyed)
    d = weather.data
    # the sun below the horizon at the interval midpoint sends no beam
    dni = np.where(zenith < 90.0, d["dni"].to_numpy(dtype=float), 0.0)
    ghi = d["ghi"].to_numpy(dtype=float)
    dhi = d["dhi"].to_numpy(dtype=float)
    poa = pvlib.irradiance.get_total_irradiance(
        tilt, azimuth, zenith, sun_az, dni, ghi, dhi, dni_extra=dni_extra, airmass=airmass,
        albedo=albedo, model=TRANSPOSITION_MODEL)
    aoi = np.asarray(pvlib.irradiance.aoi(tilt, azimuth, zenith, sun_az), dtype=float)
    beam = np.nan_to_num(np.asarray(poa["poa_direct"], dtype=float), nan=0.0)
    sky = np.nan_to_num(np.asarray(poa["poa_sky_diffuse"], dtype=float), nan=0.0)
    ground = np.nan_to_num(np.asarray(poa["poa_ground_diffuse"], dtype=float), nan=0.0)
    for a in (beam, sky, ground, aoi):
        a.setflags(write=False)
    return np.maximum(beam, 0.0), np.maximum(sky, 0.0), np.maximum(ground, 0.0), aoi


def surface_components(weather, tilt, azimuth, albedo: float = GROUND_ALBEDO) -> dict:
    """Irradiance on a plane split into beam, sky-diffuse and ground-reflected parts.

    Parameters
    ----------
    weather : Weather
        Hourly data (ghi, dni, dhi [W/m²], interval-start index) and site.
    tilt : pint.Quantity
        Surface tilt from horizontal [deg] (90 = vertical facade).
    azimuth : pint.Quantity
        Azimuth of the outward normal [deg], N = 0, E = 90, S = 180.
    albedo : float
        Ground solar reflectance [-] (ISO 52010-1 default 0.2).

    Returns
    -------
    dict of pint.Quantity
        ``beam``, ``sky_diffuse``, ``ground_diffuse`` [W/m²] and ``aoi`` [deg],
        8760 values each. Perez et al. (1990) transposition via
        ``pvlib.irradiance.get_total_irradiance``.
    """
    t, a = _check_angles(tilt, azimuth)
    if not 0.0 <= albedo <= 1.0:
        raise ValueError(f"albedo: {albedo} is outside 0-1")
    beam, sky, ground, aoi = _components(_keyed(weather), t, a, float(albedo))
    return {"beam": Q_(beam, "W/m**2"), "sky_diffuse": Q_(sky, "W/m**2"),
            "ground_diffuse": Q_(ground, "W/m**2"), "aoi": Q_(aoi, "deg")}


def surface_irradiance(weather, tilt, azimuth, albedo: float = GROUND_ALBEDO):
    """Total (global) irradiance on a tilted plane.

    Parameters
    ----------
    weather : Weather
        Hourly data and site.
    tilt : pint.Quantity
        Surface tilt [deg].
    azimuth : pint.Quantity
        Azimuth of the outward normal [deg], pvlib convention.
    albedo : float
        Ground solar reflectance [-].

    Returns
    -------
    pint.Quantity
        Plane-of-array irradiance [W/m²], hourly means (Perez 1990).
    """
    c = surface_components(weather, tilt, azimuth, albedo)
    return c["beam"] + c["sky_diffuse"] + c["ground_diffuse"]


def window_glazing(window) -> tuple[float, float]:
    """The glazing key of a window for the angular factor: its rated
    (U_w [W/(m²K)], SHGC [-]), the simple glazing model's inputs
    (:mod:`calc.glazing`)."""
    return (float(window.u_value.to("W/(m**2*K)").m), float(window.shgc))


def _check_panes(panes):
    # N clear panes (int), or a (U_w, SHGC) pair for the simple glazing model
    if isinstance(panes, tuple):
        u, g = (float(x) for x in panes)
        glazing.curve_weights(u, g)  # raises on values outside the model
        return (u, g)
    if int(panes) != panes or not 1 <= panes <= MAX_PANES:
        raise ValueError(f"panes: {panes!r} is not 1..{MAX_PANES} or a (U_w, SHGC) pair")
    return int(panes)


def _cover_transmittance(aoi, panes: int):
    # Duffie and Beckman (2013) eq. 5.3.1 per polarisation, N covers with
    # their inter-reflections: τ_r = ½ Σ (1 − r)/(1 + (2N − 1) r), r from
    # Fresnel's equations (5.1.1-5.1.3); absorption τ_a = exp(−N K L / cos θ_r)
    # (eq. 5.2.2); τ ≈ τ_r τ_a (eq. 5.3.2).
    # kept off 0° (0/0 in Fresnel's ratios; the limit is r0) and off 90°
    th = np.clip(np.radians(np.asarray(aoi, dtype=float)), 1e-9, np.pi / 2 - 1e-9)
    tr = np.arcsin(np.sin(th) / GLASS_N)
    rs = np.sin(tr - th) ** 2 / np.sin(tr + th) ** 2
    rp = np.tan(tr - th) ** 2 / np.tan(tr + th) ** 2
    k = 2 * panes - 1
    tau_r = 0.5 * ((1.0 - rs) / (1.0 + k * rs) + (1.0 - rp) / (1.0 + k * rp))
    tau_a = np.exp(-panes * GLASS_K * GLASS_L / np.cos(tr))
    return tau_r * tau_a


def _iam(aoi, panes):
    # relative to normal incidence; exactly 0 at (and beyond) grazing. A
    # window known by (U_w, SHGC): the ratio of its total solar energy
    # transmittance, since it multiplies the SHGC (calc.glazing).
    a = np.asarray(aoi, dtype=float)
    if isinstance(panes, tuple):
        return glazing.solar_factor_ratio(a, *panes)
    out = _cover_transmittance(a, panes) / _cover_transmittance(0.0, panes)
    return np.where(a >= 90.0, 0.0, out)


@lru_cache(maxsize=32)
def _diffuse_iam(tilt: float, panes=1) -> tuple[float, float]:
    f = lambda aoi: _iam(aoi, panes)  # noqa: E731
    return (float(pvlib.iam.marion_integrate(f, tilt, "sky")),
            float(pvlib.iam.marion_integrate(f, tilt, "ground")))


def glazing_angular_factor(aoi, panes=1):
    """Solar transmission of a glazing at an angle relative to normal incidence.

    Parameters
    ----------
    aoi : pint.Quantity
        Angle of incidence [deg].
    panes : int or tuple
        Panes of clear glass (1-3), or the window's (U_w [W/(m²K)], SHGC [-])
        (:func:`window_glazing`).

    Returns
    -------
    numpy.ndarray
        Incidence-angle modifier [-], 1 at normal incidence, 0 at grazing.
        For ``panes`` clear glass covers their transmittance (Fresnel
        reflection at both faces of each pane with inter-reflections,
        Bouguer absorption; Duffie and Beckman 2013 eq. 5.3.1-5.3.2) over
        its value at normal incidence; for a (U_w, SHGC) pair the total
        solar energy transmittance of LBNL's simple glazing model over the
        SHGC (:func:`calc.glazing.solar_factor_ratio`).
    """
    a = np.asarray(check_dimension(aoi, "deg", "aoi").m, dtype=float)
    return _iam(a, _check_panes(panes))


def transmitted_irradiance(weather, tilt, azimuth, albedo: float = GROUND_ALBEDO, panes=1):
    """Irradiance on a window weighted by the glazing's angular transmittance.

    Multiplying by the normal-incidence total solar energy transmittance
    (SHGC, g_⊥) and the glazed area gives the solar heat gain
    (ISO 13790:2008 eq. 43-44, with the hourly angle dependence replacing the
    constant correction F_w of clause 11.4.2).

    Parameters
    ----------
    weather : Weather
        Hourly data and site.
    tilt, azimuth : pint.Quantity
        Window plane [deg].
    albedo : float
        Ground solar reflectance [-].
    panes : int or tuple
        Panes of clear glass (1-3), or the
        window's (U_w [W/(m²K)], SHGC [-]) (:func:`window_glazing`).

    Returns
    -------
    pint.Quantity
        Σ component · IAM [W/m²]: beam with the physical IAM at its angle,
        sky and ground diffuse with the hemispherically averaged IAM
        (Marion 2017, ``pvlib.iam.marion_diffuse``).
    """
    t, _ = _check_angles(tilt, azimuth)
    panes = _check_panes(panes)
    c = surface_components(weather, tilt, azimuth, albedo)
    iam_sky, iam_ground = _diffuse_iam(t, panes)
    beam = c["beam"].m * glazing_angular_factor(c["aoi"], panes)
    return Q_(beam + iam_sky * c["sky_diffuse"].m + iam_ground * c["ground_diffuse"].m, "W/m**2")


@lru_cache(maxsize=_CACHE_SIZE * 4)
def _plane(keyed: _Keyed, tilt: float, azimuth: float, albedo: float, panes):
    beam, sky, ground, aoi = _components(keyed, tilt, azimuth, albedo)
    iam_sky, iam_ground = _diffuse_iam(tilt, panes)
    iam_beam = _iam(aoi, panes)
    incident = beam + sky + ground
    transmitted = beam * iam_beam + iam_sky * sky + iam_ground * ground
    for a in (incident, transmitted):
        a.setflags(write=False)
    return incident, transmitted


def irradiance_on_planes(weather, tilts, azimuths, albedo: float = GROUND_ALBEDO, panes=1) -> dict:
    """Incident and glazing-transmitted irradiance on several planes at once.

    Same models as :func:`surface_irradiance` and
    :func:`transmitted_irradiance`; the weather is checked and digested once.

    Parameters
    ----------
    weather : Weather
        Hourly data and site.
    tilts, azimuths : pint.Quantity
        One value per plane [deg].
    albedo : float
        Ground solar reflectance [-].
    panes : int or tuple
        Glazing for ``transmitted``: panes of clear glass (1-3) or the
        window's (U_w [W/(m²K)], SHGC [-]) (:func:`window_glazing`).

    Returns
    -------
    dict of pint.Quantity
        ``incident`` and ``transmitted`` [W/m²], shape (planes, hours).
    """
    t = np.atleast_1d(check_dimension(tilts, "deg", "tilts").m).astype(float)
    a = np.atleast_1d(check_dimension(azimuths, "deg", "azimuths").m).astype(float)
    if t.shape != a.shape:
        raise ValueError(f"tilts, azimuths: {t.size} tilts but {a.size} azimuths")
    if not 0.0 <= albedo <= 1.0:
        raise ValueError(f"albedo: {albedo} is outside 0-1")
    panes = _check_panes(panes)
    keyed = _keyed(weather)
    planes = [_plane(keyed, *_check_angles(Q_(ti, "deg"), Q_(ai, "deg")), float(albedo), panes)
              for ti, ai in zip(t, a)]
    return {"incident": Q_(np.array([p[0] for p in planes]), "W/m**2"),
            "transmitted": Q_(np.array([p[1] for p in planes]), "W/m**2")}
