"""One name per measure kind: the Measures page, the Results tables, the
abatement cost chart and the report name each measure alike."""

import pytest

from calc.model.measures import MEASURE_PARAMS
from reports.charts import abatement_cost_curve, macc_measures
from reports.strings import choice_label

from .conftest import make_window


@pytest.mark.parametrize("language", ["en", "zh"])
def test_forms_and_report_name_every_measure_kind_alike(qtbot, language):
    from gui import i18n
    from gui.labels import option_label

    i18n.install(language)
    differ = {k: (option_label(k), choice_label("measure", k, language)) for k in MEASURE_PARAMS
              if option_label(k) != choice_label("measure", k, language)}
    assert differ == {}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_chart_legend_names_the_measures_as_the_results_table(qtbot, language):
    from reportlab.graphics.shapes import String

    w = make_window(qtbot, language=language, assess=True)
    runner = w.runner
    qtbot.waitUntil(lambda: runner.assessment is not None and not runner.is_busy(), timeout=120000)
    a = runner.assessment
    table = w.pages["results"].measures
    in_table = {table.item(r, 0).text() for r in range(table.rowCount())}
    on, _off = macc_measures(a)
    assert on
    drawing = abatement_cost_curve(a, language)
    legend = {s.text.split(" ", 1)[1] for s in _strings(drawing, String) if s.text[:1].isdigit() and " " in s.text}
    legend |= _legend_texts(drawing)
    shown = {n for n in legend if n in in_table}
    assert len(shown) == len(on), (sorted(legend), sorted(in_table))
    w.document.undo_stack.setClean()


def _strings(node, cls):
    for child in getattr(node, "contents", []) or []:
        if isinstance(child, cls):
            yield child
        yield from _strings(child, cls)


def _legend_texts(drawing):
    from reportlab.graphics.charts.legends import Legend

    out = set()
    for child in drawing.contents:
        if isinstance(child, Legend):
            out |= {text.split(" ", 1)[1] for _colour, text in child.colorNamePairs}
    return out
