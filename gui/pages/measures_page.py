"""Measures page: the package, each measure switched on or off, its
parameters (``calc.model.MEASURE_PARAMS``) and cost overrides; add,
remove and reorder (the order sets the sequential contributions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from calc.model import MEASURE_KINDS, MEASURE_PARAMS, Measure
from calc.model.measures import with_choice

from ..binder import FormBinder
from ..editors import editor_for
from ..field_help import field_doc
from ..format import quantity as format_quantity
from ..labels import FIELD_LABELS, lookup, option_label
from .common import Page, chain_tab_order, tab_stops

PARAM_LABELS = {
    "kind": "Measure.kind_param",
    "u_value": "Measure.u_value",
    # external shading: facades and the blinds' threshold
    **{f: f"Measure.{f}" for f in ("south", "east", "north", "west", "threshold")},
}


def param_label(name: str) -> str:
    key = PARAM_LABELS.get(name, name)
    src = FIELD_LABELS.get(key)
    return lookup("Field", src) if src else name


def measure_title(measure) -> str:
    return measure.label or option_label(measure.kind)


class MeasuresPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("MeasuresPage", "Measures"))
        self.current = 0
        runner = getattr(window, "runner", None)
        if runner is not None:
            runner.finished.connect(self._show_cost_data_investment)
        self.document.projectChanged.connect(self._show_cost_data_investment)
        top = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(QLabel(QCoreApplication.translate("MeasuresPage", "Package (tick to include)")))
        left.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.kind = QComboBox()
        for kind in MEASURE_KINDS:
            self.kind.addItem(option_label(kind), kind)
        self.add_button = QPushButton(QCoreApplication.translate("MeasuresPage", "Add"))
        self.add_button.clicked.connect(self.add_measure)
        add_row.addWidget(self.kind, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(QCoreApplication.translate("MeasuresPage", "Remove"))
        self.up_button = QPushButton(QCoreApplication.translate("MeasuresPage", "Move up"))
        self.down_button = QPushButton(QCoreApplication.translate("MeasuresPage", "Move down"))
        self.remove_button.clicked.connect(self.remove_measure)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        for b in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        top.addLayout(left, 2)

        self.detail = QGroupBox(QCoreApplication.translate("MeasuresPage", "Selected measure"))
        self.detail_layout = QVBoxLayout(self.detail)
        top.addWidget(self.detail, 3)
        holder = QWidget()
        holder.setLayout(top)
        self.column.addWidget(holder)
        from .variants_panel import VariantsPanel

        self.variants = VariantsPanel(self.document, self)
        self.column.addWidget(self.variants)
        self.finish()
        self._detail_body = None
        self._detail_key = None
        self.document.projectChanged.connect(self.refresh)
        self.refresh(self.document.project)

    # -- list
    def refresh(self, project):
        self.list.blockSignals(True)
        self.list.clear()
        for m in project.measures:
            item = QListWidgetItem(measure_title(m))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if m.enabled else Qt.Unchecked)
            self.list.addItem(item)
        n = len(project.measures)
        # a project opened after one without measures starts at its first
        self.current = max(0, min(self.current, n - 1)) if n else -1
        self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(n > 0)
        self.up_button.setEnabled(self.current > 0)
        self.down_button.setEnabled(0 <= self.current < n - 1)
        self._build_detail(project)

    def _item_changed(self, item):
        row = self.list.row(item)
        enabled = item.checkState() == Qt.Checked
        if self.document.project.measures[row].enabled != enabled:
            self.document.edit(f"measures[{row}].enabled", enabled,
                               QCoreApplication.translate("MeasuresPage", "Switch measure"))

    def _select(self, row):
        self.current = row
        self.refresh(self.document.project)

    def set_enabled(self, row: int, enabled: bool):
        """Tick or untick a measure as a user would."""
        self.list.item(row).setCheckState(Qt.Checked if enabled else Qt.Unchecked)

    # -- detail form
    def _build_detail(self, project):
        key = (self.current, project.measures[self.current].kind if 0 <= self.current < len(project.measures) else None)
        if key == self._detail_key and self._detail_body is not None:
            return  # editors refresh themselves
        self._detail_key = key
        if self._detail_body is not None:
            self._detail_body.setParent(None)
            self._detail_body.deleteLater()
        body = QWidget()
        self._detail_body = body
        self.detail_layout.addWidget(body)
        f = QFormLayout(body)
        f.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.param_editors = {}
        if self.current < 0:
            f.addRow(QLabel(QCoreApplication.translate("MeasuresPage", "No measures. Pick a kind and press Add.")))
            self._tab_order()
            return
        measure = project.measures[self.current]
        prefix = f"measures[{self.current}]"
        head = QLabel(option_label(measure.kind))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        f.addRow(head)
        binder = FormBinder(self.document, Measure, prefix, parent=body,
                            fields=["enabled", "label", "investment", "subsidy", "lifetime"])
        binder.build(f, body)
        self.detail_binder = binder
        self._show_cost_data_investment()
        spec = MEASURE_PARAMS[measure.kind]
        if spec:
            f.addRow(QLabel(QCoreApplication.translate("MeasuresPage", "Parameters")))
        for name, decl in spec.items():
            d = dict(decl)
            d["kind"] = "choice" if "options" in decl else "qty"
            setter = None
            if any(p.get("default_by", ("",))[0] == name for p in spec.values()):
                setter = self._choice_setter(self.current, name)
            editor = editor_for(self.document, f"{prefix}.params.{name}", d, param_label(name), body, setter)
            label = QLabel(param_label(name))
            label.setBuddy(editor.input)
            label.setToolTip(field_doc(decl.get("doc", "")))
            f.addRow(label, editor)
            editor.refresh(project)
            self.document.projectChanged.connect(editor.refresh)
            self.param_editors[name] = editor
        self._tab_order()

    def _choice_setter(self, index: int, name: str):
        """Setter of a choice other parameters' defaults follow (the shading
        device): one undo step for the choice and the defaults it moves."""
        def set_choice(option):
            measure = self.document.project.measures[index]
            params = with_choice(measure.kind, measure.params, name, option)
            self.document.edit(f"measures[{index}].params", params, param_label(name))
        return set_choice

    def showEvent(self, event):
        super().showEvent(event)
        self._tab_order()

    def _tab_order(self):
        """Reading order: the package list and its buttons, then the selected
        measure's form (rebuilt on each selection, so Qt would put it last),
        then the variants."""
        if self.window() is not self.window_:
            return  # not yet on the window: set when shown
        chain_tab_order([self.list, self.kind, self.add_button, self.remove_button, self.up_button,
                         self.down_button, *tab_stops(self.detail), *tab_stops(self.variants)])

    def cost_data_investment(self):
        """The investment the last assessment of the current project took
        from the cost data for the selected measure, or None (disabled,
        not yet assessed, or results of another project)."""
        return self.cost_data_value("investment")

    def cost_data_value(self, name: str):
        """The value of result field ``name`` (``investment``, ``lifetime``)
        the last assessment of the current project used for the selected
        measure, or None (disabled, not yet assessed, or results of another
        project)."""
        runner = getattr(self.window_, "runner", None)
        project = self.document.project
        if (runner is None or runner.assessment is None or runner.assessed_project is not project
                or not 0 <= self.current < len(project.measures) or not project.measures[self.current].enabled):
            return None
        position = sum(1 for m in project.measures[:self.current] if m.enabled)
        results = runner.assessment.measures
        return getattr(results[position], name) if position < len(results) else None

    @Slot()
    def _show_cost_data_investment(self, *_):
        """An empty investment or service life shows, greyed, the value the
        assessment took from the cost data."""
        binder = getattr(self, "detail_binder", None)
        if binder is None:
            return
        for name, unit in (("investment", "CNY"), ("lifetime", "a")):
            editor = binder.editors.get(name)
            if editor is None:
                continue
            value = self.cost_data_value(name)
            editor.input.setPlaceholderText("" if value is None else QCoreApplication.translate(
                "MeasuresPage", "cost data: {0}").format(format_quantity(value, unit)))

    # -- edits
    def add_measure(self):
        kind = self.kind.currentData()
        project = self.document.project
        self.current = len(project.measures)
        self.document.push(project.replace(measures=project.measures + (Measure(kind=kind),)),
                           QCoreApplication.translate("MeasuresPage", "Add measure"))

    def remove_measure(self):
        project = self.document.project
        i = self.current
        if not 0 <= i < len(project.measures):
            return
        self.document.push(project.replace(measures=project.measures[:i] + project.measures[i + 1:]),
                           QCoreApplication.translate("MeasuresPage", "Remove measure"))

    def move(self, step: int):
        project = self.document.project
        i, j = self.current, self.current + step
        if not (0 <= i < len(project.measures) and 0 <= j < len(project.measures)):
            return
        items = list(project.measures)
        items[i], items[j] = items[j], items[i]
        self.current = j
        self.document.push(project.replace(measures=tuple(items)),
                           QCoreApplication.translate("MeasuresPage", "Move measure"))
