"""Project page: metadata, site (city, own weather file, climate zone),
economics, tariffs and accounting settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from calc.model import Accounting, Contract, Economics, Meta, SubsidyScheme, Tariffs

from ..editors import ChoiceEditor, TextEditor
from ..labels import field_label, option_label
from .common import Page


def city_choices() -> list[tuple[str, str]]:
    """(key, Chinese name or '') of every city in the city table."""
    from calc.datasets import city_names

    names = sorted(city_names())
    zh: dict[str, str] = {}
    try:
        from calc.datasets.cities import cities_table

        table = cities_table()
        if "city_zh" in table.columns:
            for key, row in table.iterrows():
                if row.get("city_zh"):
                    zh[str(row.get("city", key))] = str(row["city_zh"])
    except Exception:  # noqa: BLE001 - the Chinese name is a nicety
        pass
    return [(n, zh.get(n, "")) for n in names]


def zone_text(zone: str) -> str:
    """A climate zone key and sub-zone ("cold 2B", "cold (2B)") in words of
    the interface language (GB 50176-2016 zone names)."""
    names = {
        "severe_cold": QCoreApplication.translate("ProjectPage", "Severe cold"),
        "cold": QCoreApplication.translate("ProjectPage", "Cold"),
        "hscw": QCoreApplication.translate("ProjectPage", "Hot summer, cold winter"),
        "hsww": QCoreApplication.translate("ProjectPage", "Hot summer, warm winter"),
        "mild": QCoreApplication.translate("ProjectPage", "Mild"),
    }
    head, _, rest = zone.partition(" ")
    if head not in names:
        return zone
    sub = rest.strip().strip("()")
    return QCoreApplication.translate("ProjectPage", "{0}, sub-zone {1}").format(names[head], sub) if sub else names[head]


class CityEditor(ChoiceEditor):
    """The city picker: English key with the Chinese name beside it."""

    def _make_input(self):
        combo = super()._make_input()
        combo.clear()
        pattern = QCoreApplication.translate("CityEditor", "{key}  {zh}")
        for key, zh in self.decl["options_zh"]:
            text = pattern.format(key=key, zh=zh) if zh else key
            combo.addItem(text, key)
        combo.setEditable(False)
        combo.setMaxVisibleItems(20)
        return combo


class ProjectPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("ProjectPage", "Project"))
        self.form_group(QCoreApplication.translate("ProjectPage", "Assessment"), Meta, "meta")

        site = QWidget()
        site_form = QFormLayout(site)
        cities = city_choices()
        decl = {"kind": "choice", "options": tuple(k for k, _ in cities), "options_zh": cities,
                "doc": "City of the site"}
        self.city = CityEditor(self.document, "site.city", decl, field_label("Site", "city"), site)
        label = QLabel(field_label("Site", "city"))
        label.setBuddy(self.city.input)
        site_form.addRow(label, self.city)
        self.document.projectChanged.connect(self.city.refresh)
        self.city.refresh(self.document.project)

        weather_row = QWidget()
        row = QHBoxLayout(weather_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.weather = TextEditor(self.document, "site.weather_file", {"kind": "text", "doc": ""},
                                  field_label("Site", "weather_file"), weather_row)
        self.weather.input.setPlaceholderText(
            QCoreApplication.translate("ProjectPage", "empty = the city's weather data"))
        browse = QPushButton(QCoreApplication.translate("ProjectPage", "Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.weather, 1)
        row.addWidget(browse)
        label = QLabel(field_label("Site", "weather_file"))
        label.setBuddy(self.weather.input)
        site_form.addRow(label, weather_row)
        self.document.projectChanged.connect(self.weather.refresh)
        self.weather.refresh(self.document.project)

        self.climate_zone = QLabel("—")
        site_form.addRow(QLabel(QCoreApplication.translate("ProjectPage", "Climate zone")), self.climate_zone)
        self.group(QCoreApplication.translate("ProjectPage", "Site"), site_form)
        self.document.projectChanged.connect(self.show_city_zone)
        self.show_city_zone(self.document.project)
        window.runner.finished.connect(self.show_assessment)
        if window.runner.assessment is not None:
            self.show_assessment(window.runner.assessment)

        self.form_group(QCoreApplication.translate("ProjectPage", "Economics"), Economics, "economics")
        self.form_group(QCoreApplication.translate("ProjectPage", "Energy prices"), Tariffs, "economics.tariffs")
        self.form_group(QCoreApplication.translate("ProjectPage", "Energy-performance contract"), Contract,
                        "economics.contract")
        from PySide6.QtWidgets import QGroupBox, QVBoxLayout

        from ..tables import ChildrenTable

        box = QGroupBox(QCoreApplication.translate("ProjectPage", "Subsidy schemes"))
        box_layout = QVBoxLayout(box)
        self.subsidies = ChildrenTable(self.document, "economics.subsidies", SubsidyScheme,
                                       ["name", "basis", "rate", "cap", "recipient"], SubsidyScheme, box)
        box_layout.addWidget(self.subsidies)
        box_layout.addLayout(self._scheme_library())
        self.column.addWidget(box)
        self.form_group(QCoreApplication.translate("ProjectPage", "Standard coal and CO₂ accounting"),
                        Accounting, "accounting")
        self.finish()

    def _scheme_library(self):
        """A row to copy a scheme of the library (datasets/tables/subsidy_schemes.csv)
        into the project, where it is edited like any other."""
        from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

        from calc.datasets import tables

        row = QHBoxLayout()
        self.scheme_choice = QComboBox()
        for key in tables.table("subsidy_schemes")["scheme"]:
            d = tables.subsidy_scheme(key)
            self.scheme_choice.addItem(f"{option_label(key)} ({d['rate']:g}, {d['year']})", key)
            self.scheme_choice.setItemData(self.scheme_choice.count() - 1, d["source"], Qt.ToolTipRole)
        add = QPushButton(QCoreApplication.translate("ProjectPage", "Add from the library"))
        add.clicked.connect(self.add_library_scheme)
        row.addWidget(self.scheme_choice, 1)
        row.addWidget(add)
        return row

    def add_library_scheme(self):
        from calc.datasets import tables

        d = tables.subsidy_scheme(self.scheme_choice.currentData())
        scheme = SubsidyScheme(**{k: d[k] for k in ("name", "basis", "rate", "recipient")})
        schemes = tuple(self.document.project.economics.subsidies) + (scheme,)
        self.document.edit("economics.subsidies", schemes,
                           QCoreApplication.translate("ProjectPage", "Subsidy schemes"))

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ProjectPage", "Weather file"), "",
            QCoreApplication.translate("ProjectPage", "EPW weather files (*.epw *.epw.gz);;All files (*)"))
        if path:
            self.weather.input.setText(path)
            self.weather.commit(path)

    def show_assessment(self, assessment):
        zone = getattr(assessment, "climate_zone", "") or "—"
        self.climate_zone.setText(zone_text(str(zone)))

    def show_city_zone(self, project):
        """Before an assessment: the zone listed in the city table."""
        if self.window_.runner.assessment is not None:
            return
        try:
            from calc.datasets.cities import city

            row = city(project.site.city)
            zone = zone_text(" ".join(str(row.get(k, "")) for k in ("climate_zone", "sub_zone") if row.get(k)))
        except Exception:  # noqa: BLE001 - only a label
            zone = "—"
        self.climate_zone.setText(zone or "—")
