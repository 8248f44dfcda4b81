"""The report's meter-data section: benchmark and calibration record."""

from reportlab.platypus import Paragraph

from calc.assess import assess
from reports.calibration_section import calibration_lines, meters_section
from reports.story import _Report


def _text(flowables):
    out = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.getPlainText())
        elif hasattr(f, "_cellvalues"):
            out += [c.getPlainText() if isinstance(c, Paragraph) else str(c) for row in f._cellvalues for c in row]
    return "\n".join(out)


def test_office_benchmark_in_both_languages(office):
    a = assess(office, sensitivity=False)
    en = _text(meters_section(_Report(office, a, "en")))
    zh = _text(meters_section(_Report(office, a, "zh")))
    assert "Constraint value" in en and "85.0" in en and "Table 6.2.1" in en
    assert "约束值" in zh and "引导值" in zh
    assert "not been calibrated" in en


def test_calibration_record_is_printed(residential):
    note = "Calibrated 2026-12-01 to m.csv (5 readings ...): overheating 1.5 → 2.5 K."
    p = residential.replace(meta=residential.meta.replace(notes="Sample.\n" + note))
    assert calibration_lines(p.meta.notes) == [note]
    a = assess(p, sensitivity=False)
    text = _text(meters_section(_Report(p, a, "en")))
    assert "overheating 1.5 → 2.5 K" in text and "Not applicable" in text
    assert "No measured saving is recorded" in text


def test_a_chinese_record_is_printed_in_the_chinese_report(residential):
    # as the Chinese interface writes it (calc.calibration.fit.provenance_note rendered in Chinese)
    note = "校准记录 2026-12-01：依据 m.csv（5 个读数）：高于设定温度的过热 1.5 → 2.5 K。"
    p = residential.replace(meta=residential.meta.replace(notes="样例。\n" + note))
    text = _text(meters_section(_Report(p, assess(p, sensitivity=False), "zh")))
    assert "高于设定温度的过热 1.5 → 2.5 K" in text and "模型尚未用计量数据校准" not in text


def test_measured_saving_record_is_printed(residential):
    note = "Measured savings 2026-12-01 (IPMVP Option C / GB/T 28750, district_heat): saved 228,227 kWh (50.7 %)."
    p = residential.replace(meta=residential.meta.replace(notes=note))
    a = assess(p, sensitivity=False)
    zh = _text(meters_section(_Report(p, a, "zh")))
    assert "改造后实测节能量" in zh and "saved 228,227 kWh" in zh


def test_readings_chart_has_one_bar_per_reading_and_series():
    import datetime as dt
    from types import SimpleNamespace

    from reportlab.graphics.charts.barcharts import VerticalBarChart

    from calc.calibration.meter import Reading
    from calc.units import Q_
    from reports.calibration_section import readings_chart

    rs = tuple(Reading(dt.date(2025, m, 1), dt.date(2025, m, 28), "district_heat", Q_(1.0, "kWh"), m)
               for m in (1, 2, 3))
    cal = SimpleNamespace(readings=rs, measured_kwh=(1000.0, 2000.0, 3000.0), modelled_before_kwh=(900.0,) * 3,
                          modelled_after_kwh=(1000.0, 2000.0, 3000.0))
    for lang in ("en", "zh"):
        d = readings_chart(cal, "district_heat", lang)
        chart = next(c for c in d.contents if isinstance(c, VerticalBarChart))
        assert chart.data == [[1.0, 2.0, 3.0], [0.9, 0.9, 0.9], [1.0, 2.0, 3.0]]     # MWh
        assert chart.categoryAxis.categoryNames == ["25-01", "25-02", "25-03"]
    empty = readings_chart(cal, "electricity", "en")
    assert not any(isinstance(c, VerticalBarChart) for c in empty.contents)
