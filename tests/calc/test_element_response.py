"""calc.element_response against an independent finite-difference solution
of the same wall (ISO 13786's periodic thermal transmittance, checked by
direct time stepping) and the properties the filter must keep."""

import numpy as np
import pytest

from calc import element_response as er
from calc.model import Construction, Layer
from calc.units import Q_

BRICK = (0.24, 0.81, 1800.0 * 880.0)  # d [m], λ [W/(mK)], ρc [J/(m³K)] (GB 50176 clay brick)
R_SE, R_SI = 0.04, 0.11


def _fd_periodic_response(rows, r_se, r_si, period_h=24.0, amplitude=10.0, days=12, cells=60):
    """Inside heat flux of a wall (inside air held at 0) driven by
    θ_out = A sin(ωt), explicit finite differences; returns the amplitude
    ratio q / (U A) and the lag [h] of the last day."""
    d, lam, rc = rows[0]
    dx = d / cells
    dt = 0.4 * rc * dx * dx / lam / 2.0
    n = int(round(days * period_h * 3600.0 / dt))
    t = np.zeros(cells)
    u = 1.0 / (r_se + d / lam + r_si)
    times, flux = [], []
    for k in range(n):
        time = k * dt
        out = amplitude * np.sin(2 * np.pi * time / (period_h * 3600.0))
        q = np.empty(cells + 1)  # flows across the cell faces, outside to inside
        q[0] = (out - t[0]) / (r_se + 0.5 * dx / lam)
        q[1:-1] = (t[:-1] - t[1:]) * lam / dx
        q[-1] = (t[-1] - 0.0) / (0.5 * dx / lam + r_si)
        t = t + dt * (q[:-1] - q[1:]) / (rc * dx)
        if time >= (days - 1) * period_h * 3600.0:
            times.append(time)
            flux.append(q[-1])
    times, flux = np.array(times), np.array(flux)
    w = 2 * np.pi / (period_h * 3600.0)
    a = 2 * np.mean(flux * np.sin(w * times))
    b = 2 * np.mean(flux * np.cos(w * times))
    ratio = np.hypot(a, b) / (u * amplitude)
    lag_h = (-np.arctan2(b, a)) / w / 3600.0
    return ratio, lag_h % period_h


def test_daily_decrement_and_lag_of_a_brick_wall_match_time_stepping():
    n = 8760
    gain = er.transmittance_gain((BRICK,), R_SE, R_SI, n)
    k = n // 24  # the daily harmonic
    ratio, lag = _fd_periodic_response((BRICK,), R_SE, R_SI)
    assert abs(gain[k]) == pytest.approx(ratio, rel=0.02)
    lag_ours = (-np.angle(gain[k]) / (2 * np.pi / 24.0)) % 24.0
    assert lag_ours == pytest.approx(lag, abs=0.15)
    # a 240 mm brick wall passes on about a third of the daily swing, 7-8 h late
    assert 0.2 < ratio < 0.5 and 6.0 < lag < 9.0


def test_gain_is_one_at_the_mean_and_falls_with_frequency():
    gain = er.transmittance_gain((BRICK,), R_SE, R_SI, 8760)
    assert gain[0] == pytest.approx(1.0)
    mag = np.abs(gain)
    assert np.all(mag <= 1.0 + 1e-12)
    assert mag[365] < mag[30] < mag[1]


def test_a_pure_resistance_passes_everything_at_once():
    gain = er.transmittance_gain(((0.1, 0.04, 0.0),), R_SE, R_SI, 8760)
    assert np.allclose(gain, 1.0)


def _wall(*rows):
    return Construction(name="w", layers=tuple(
        Layer(material=f"m{i}", thickness=Q_(d, "m"), conductivity=Q_(lam, "W/(m*K)"),
              density=Q_(rho, "kg/m**3"), specific_heat=Q_(c, "J/(kg*K)"))
        for i, (d, lam, rho, c) in enumerate(rows)))


def test_delayed_temperature_keeps_the_mean_and_damps_the_day():
    wall = _wall((0.24, 0.81, 1800.0, 880.0))
    hours = np.arange(8760)
    theta = 25.0 + 10.0 * np.sin(2 * np.pi * hours / 24.0)
    r_c = 0.24 / 0.81
    out = er.delayed_temperature(theta, wall, r_c, R_SE, R_SI)
    assert out.mean() == pytest.approx(25.0, abs=1e-9)
    ratio, _ = _fd_periodic_response((BRICK,), R_SE, R_SI)
    assert 2 * abs(np.fft.rfft(out)[365]) / 8760 == pytest.approx(10.0 * ratio, rel=0.02)
