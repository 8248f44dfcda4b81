import dataclasses

from calc.model import Project

from gui.binder import EDITABLE_KINDS
from gui.labels import FIELD_LABELS, OPTION_LABELS


def _classes(cls, seen):
    if cls in seen:
        return
    seen.add(cls)
    for f in dataclasses.fields(cls):
        if f.metadata.get("kind") in ("child", "children"):
            _classes(f.metadata["cls"], seen)


def test_every_editable_field_has_a_label():
    seen = set()
    _classes(Project, seen)
    missing = []
    for cls in seen:
        for f in dataclasses.fields(cls):
            md = f.metadata
            if md.get("kind") in EDITABLE_KINDS and f"{cls.__name__}.{f.name}" not in FIELD_LABELS \
                    and f.name not in FIELD_LABELS:
                missing.append(f"{cls.__name__}.{f.name}")
            if md.get("kind") == "choice":
                missing += [o for o in md["options"] if o not in OPTION_LABELS]
    assert not missing
