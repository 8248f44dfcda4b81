"""Adding and removing buildings keeps the default-value marks on the right fields."""

import dataclasses

from .conftest import make_window


def test_remove_building_moves_default_marks(qtbot, sample_project):
    b = sample_project.buildings[0]
    second = b.replace(name="2号楼")
    project = dataclasses.replace(sample_project, buildings=(b, second),
                                  defaults=("buildings[0].wall.u_value", "buildings[1].window.shgc", "meta.client"))
    w = make_window(qtbot, project)
    w.set_current_building(0)
    w.pages["buildings"].remove_building()
    p = w.document.project
    assert [x.name for x in p.buildings] == ["2号楼"]
    assert set(p.defaults) == {"buildings[0].window.shgc", "meta.client"}
    w.document.undo_stack.undo()
    assert set(w.document.project.defaults) == set(project.defaults)
    w.document.undo_stack.setClean()
