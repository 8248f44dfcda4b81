"""Corner projects through ``main.py assess --json --pdf`` in both report
languages, as a user runs them: exit 0, no traceback, a JSON without NaN or
Infinity, a PDF. The corners are the ones of tests/calc/test_corner_projects.py
that failed inside the assessment before the installed emitters and pumps
were kept within the model's bounds."""

from __future__ import annotations

import json

import pytest

from calc.projectfile import load, save
from calc.schema import set_path
from calc.units import Q_
from main import main
from tests.conftest import RESIDENTIAL

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _leaky_cell():
    p = set_path(load(RESIDENTIAL), "site.city", "Qiqihar")
    b = "buildings[0]."
    for path, value in {"geometry.length": Q_(3, "m"), "geometry.width": Q_(3, "m"), "geometry.storeys": 1,
                        "geometry.storey_height": Q_(10, "m"), "ventilation.infiltration_ach": Q_(10, "1/h")}.items():
        p = set_path(p, b + path, value)
    for part in ("wall", "roof", "ground_floor"):
        p = set_path(p, b + part + ".u_value", Q_(10, "W/(m**2*K)"))
        p = set_path(p, b + part + ".layers", ())
    return p


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_leaky_3m_cell_assesses_to_json_and_pdf(tmp_path, capsys, language):
    project = tmp_path / "cell.json"
    save(_leaky_cell(), project)
    out, pdf = tmp_path / "r.json", tmp_path / "r.pdf"
    rc = main(["assess", str(project), "--json", str(out), "--pdf", str(pdf), "--language", language,
               "--uncertainty", "20", "--no-sensitivity"])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "Traceback" not in err
    json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(f"{c} in the results JSON"))
    assert pdf.read_bytes()[:5] == b"%PDF-"
