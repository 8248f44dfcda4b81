"""JSON records of calibration and measured savings."""

import json
import math

from calc.calibration.results import _r, fit_json
from calc.calibration.ashrae14 import goodness_of_fit


def test_non_finite_numbers_are_null():
    assert _r(float("nan")) is None and _r(None) is None and _r(1.23456, 2) == 1.23
    json.dumps({"r": _r(math.inf)}, allow_nan=False)


def test_fit_record_says_why_not_applicable():
    j = fit_json(goodness_of_fit([10.0], [9.0]))
    assert j["cv_rmse_pct"] is None and j["not_applicable_reason"] and j["total_bias_pct"] == -10.0
    j = fit_json(goodness_of_fit([10.0, 12.0, 11.0], [10.0, 12.0, 11.0]))
    assert j["cv_rmse_pct"] == 0.0 and j["meets_guideline_14"] is True and j["not_applicable_reason"] is None
