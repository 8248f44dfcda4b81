from calc.schema import ValidationError, get_path
from calc.units import Q_
import pytest

from gui.document import Document


def test_valid_edit_is_undoable(qtbot, sample_project):
    doc = Document(sample_project)
    seen = []
    doc.projectChanged.connect(seen.append)
    doc.edit("buildings[0].geometry.storeys", 7)
    assert doc.project.buildings[0].geometry.storeys == 7
    assert doc.is_modified()
    doc.undo_stack.undo()
    assert doc.project == sample_project
    assert not doc.is_modified()
    doc.undo_stack.redo()
    assert doc.project.buildings[0].geometry.storeys == 7
    assert len(seen) == 3


def test_invalid_edit_leaves_project_unchanged(qtbot, sample_project):
    doc = Document(sample_project)
    with pytest.raises(ValidationError) as e:
        doc.edit("buildings[0].window.u_value", Q_(-1, "W/(m**2*K)"))
    assert "window.u_value" in str(e.value)
    assert doc.project is sample_project
    assert doc.undo_stack.count() == 0


def test_edit_removes_the_path_from_defaults(qtbot, sample_project):
    p = sample_project.replace(defaults=("buildings[0].geometry.storeys",))
    doc = Document(p)
    doc.edit("buildings[0].geometry.storeys", 5)
    assert doc.project.defaults == ()
    doc.undo_stack.undo()
    assert doc.project.defaults == ("buildings[0].geometry.storeys",)
    assert get_path(doc.project, "buildings[0].geometry.storeys") == 6
