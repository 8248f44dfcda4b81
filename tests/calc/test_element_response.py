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


def _ladder_responses(rows, r_se, r_si, period):
    # the fitted network face -R1- C1 -R2- C2 -R3- outside, written out:
    # the inside admittance (outside held) and the transmittance (room held)
    r1, c1, r2, c2 = er.inner_rc2(rows, r_se, r_si)
    r3 = sum(d / lam for d, lam, _ in rows) + r_se - r1 - r2
    w = 1j * 2 * np.pi / period
    # impedances seen from inside with the outside held
    z_out = 1.0 / (w * c2 + 1.0 / r3)
    y_in = 1.0 / (r1 + 1.0 / (w * c1 + 1.0 / (r2 + z_out)))
    # transmittance by the transfer matrices of the chain, room behind r_si
    m = np.eye(2, dtype=complex)
    for a in ([[1, r_si], [0, 1]], [[1, r1], [0, 1]], [[1, 0], [w * c1, 1]], [[1, r2], [0, 1]],
              [[1, 0], [w * c2, 1]], [[1, r3], [0, 1]]):
        m = np.array(a, dtype=complex) @ m
    return (r1, c1, r2, c2), y_in, 1.0 / m[0, 1]


def test_two_capacities_of_lumped_layers_are_the_layers():
    # two thin concrete layers (d/δ = 0.07 and 0.14 at 24 h: lumped) between
    # insulation without capacity are a 3R2C network by hand: C1 = 0.01 ·
    # 2.3e6 = 23 kJ/(m²K) at the inside, R2 = 0.5 m²K/W (plus the concrete
    # halves' 0.009), C2 = 46 kJ/(m²K)
    rows = ((0.1, 0.04, 0.0), (0.02, 1.74, 2.3e6), (0.02, 0.04, 0.0), (0.01, 1.74, 2.3e6))
    (r1, c1, r2, c2), y_in, y_12 = _ladder_responses(rows, R_SE, R_SI, DAY)
    assert c1 == pytest.approx(23_000.0, rel=0.03) and c2 == pytest.approx(46_000.0, rel=0.03)
    assert r2 == pytest.approx(0.509, rel=0.02) and r1 < 0.01
    assert y_in == pytest.approx(er._inside_admittance(rows, R_SE, 2 * np.pi / DAY), rel=0.01)
    u = 1.0 / (R_SI + 2.5 + 0.5 + 0.0172 + R_SE)
    gain = er.transmittance_gain(rows, R_SE, R_SI, 8760)[365]  # the 365th harmonic of a year: 24 h
    assert y_12 / u == pytest.approx(gain, rel=0.01)


def test_two_capacities_of_a_brick_wall_delay_the_day_as_the_layers():
    # 240 mm brick: time stepping gives the daily swing through the wall;
    # the fitted network passes it within 0.06 of its amplitude ratio and
    # 1.5 h of its lag (one capacity fitted to the admittance alone passes
    # 0.52 of it, 3.9 h late; docs/engine.md)
    rows = (BRICK,)
    ratio, lag = _fd_periodic_response(rows, R_SE, R_SI)
    (r1, c1, r2, c2), y_in, y_12 = _ladder_responses(rows, R_SE, R_SI, DAY)
    u = 1.0 / (R_SE + BRICK[0] / BRICK[1] + R_SI)
    assert abs(y_12) / u == pytest.approx(ratio, abs=0.06)
    assert (-np.angle(y_12) * DAY / (2 * np.pi) / 3600.0) % 24.0 == pytest.approx(lag, abs=1.5)
    # the steady resistance and the whole capacity are the layers'
    assert c1 + c2 == pytest.approx(BRICK[0] * BRICK[2], rel=1e-12)
    assert 0 < r1 and 0 < r2 and r1 + r2 <= er.MAX_INNER_SHARE * BRICK[0] / BRICK[1]
    assert y_in == pytest.approx(er._inside_admittance(rows, R_SE, 2 * np.pi / DAY), rel=0.05)


def test_no_capacity_no_nodes():
    assert er.inner_rc2(((0.1, 0.04, 0.0),), R_SE, R_SI) == (0.0, 0.0, 0.0, 0.0)
