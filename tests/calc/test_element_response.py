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


DAY = 86400.0


def test_inside_admittance_of_a_thick_slab_is_its_effusivity():
    # 1 m of concrete: at 24 h the daily wave dies within it, so the face
    # sees a semi-infinite solid, Y = √(ω λ ρc) at +45° (Carslaw-Jaeger)
    lam, rc = 2.0, 2400.0 * 1000.0
    y = er._inside_admittance(((1.0, lam, rc),), R_SE, 2 * np.pi / DAY)
    assert abs(y) == pytest.approx(np.sqrt(2 * np.pi / DAY * lam * rc), rel=1e-6)
    assert np.degrees(np.angle(y)) == pytest.approx(45.0, abs=1e-4)
    # no capacity: the steady conductance face to outside air
    assert er._inside_admittance(((0.1, 0.04, 0.0),), R_SE, 2 * np.pi / DAY) == pytest.approx(1 / (2.5 + R_SE))


@pytest.mark.parametrize("rows", [(BRICK,), ((0.06, 0.04, 30.0 * 1400.0), (0.37, 0.81, 1800.0 * 880.0),
                                             (0.02, 0.87, 1800.0 * 1050.0))])
def test_inner_rc_reproduces_the_admittance_at_its_period(rows):
    r1, c1 = er.inner_rc(rows, R_SE, DAY)
    r_tot = sum(d / lam for d, lam, _ in rows) + R_SE
    w = 2 * np.pi / DAY
    # the T network face -R1- C1 -R2- outside, written out
    y_t = 1.0 / (r1 + 1.0 / (1j * w * c1 + 1.0 / (r_tot - r1)))
    assert y_t == pytest.approx(er._inside_admittance(rows, R_SE, w), rel=1e-6)
    assert 0 < r1 < r_tot and 0 < c1 < sum(d * rc for d, _, rc in rows)


def test_inner_rc_of_a_brick_wall_by_hand():
    # 240 mm brick at 24 h: d/δ = d √(ωρc/(2λ)) = 0.24 / 0.1186 = 2.024
    # penetration depths, so the node holds the capacity of about the inner
    # δ: between ISO 13786's κ of the first 0.10 m (158 kJ/(m²K)) and of the
    # half thickness (190 kJ/(m²K))
    d, lam, rc = BRICK
    assert d * np.sqrt(2 * np.pi / DAY * rc / (2 * lam)) == pytest.approx(2.024, abs=1e-3)
    r1, c1 = er.inner_rc((BRICK,), R_SE, DAY)
    assert 0.10 * rc < c1 < 0.12 * rc
    assert r1 < 0.5 * d / lam
