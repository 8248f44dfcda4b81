from PySide6.QtWidgets import QDialog

from gui.archetype_dialog import ArchetypeDialog


def test_new_project_from_archetype(qtbot, window, monkeypatch):
    def run_dialog(self):
        self.choose("Shanghai", "office", "1996_2004")
        self.accept()
        return QDialog.Accepted

    monkeypatch.setattr(ArchetypeDialog, "exec", run_dialog)
    window.act_new.trigger()
    p = window.document.project
    assert p.site.city == "Shanghai"
    assert p.buildings[0].use == "office" and p.buildings[0].era == "1996_2004"
    assert p.defaults  # archetype values are listed as defaults
    assert p.meta.name == "Shanghai · Office · 1996–2004"  # by the names chosen, not the keys
    assert window.document.path == ""
    assert not window.isWindowModified()
    # the defaults are shown as such
    window.show_page("buildings")
    ed = window.pages["buildings"].geometry_form.editors["length"]
    assert ed.input.property("isDefault") is True


def test_dialog_lists_cities_uses_eras(qtbot):
    d = ArchetypeDialog()
    qtbot.addWidget(d)
    assert d.city.findData("Beijing") >= 0
    assert d.use.count() == 7 and d.era.count() == 5
