"""Calibration to meter data, GB/T 51161 benchmarks and measured savings.

Entry points: :func:`calc.calibration.fit.calibrate` (a project fitted to
its meter readings, ASHRAE Guideline 14 figures before and after) and
:func:`calc.calibration.savings.measured_savings` (IPMVP Option C / GB/T
28750 avoided consumption with a change-point baseline).
"""
