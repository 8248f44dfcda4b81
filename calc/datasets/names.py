"""Names a reader sees for the library's keys: materials (GB 50176-2016
Appendix B, ``materials.csv``), insulation products
(``insulation_products.csv``) and base constructions
(``construction_names.csv``), in English and Chinese.

A layer's ``material`` is either a library key (archetypes write
``solid_clay_brick``) or free text; a construction's description an
archetype writes is made of keys (``brick_490 + 80 mm eps_board``). The GUI
and the report show both through :func:`readable`, so no key reaches the
screen or the page, and the library picker offers :func:`library_materials`
by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import tables

LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class LibraryMaterial:
    """One pickable material with its design values.

    ``conductivity`` [W/(m·K)] is the design value (GB 50176-2016 Table B.2
    correction applied), ``density`` [kg/m³], ``specific_heat`` [J/(kg·K)].
    """

    key: str
    name_en: str
    name_zh: str
    conductivity: object
    density: object
    specific_heat: object

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


@lru_cache(maxsize=None)
def library_materials() -> tuple[LibraryMaterial, ...]:
    """The materials of ``materials.csv``, then the insulation products of
    ``insulation_products.csv`` that are not already a material with the same
    design values (EPS, XPS, rock wool and PU are both)."""
    out = []
    for key in tables.table("materials")["material"]:
        m = tables.material(key)
        out.append(LibraryMaterial(key, m["name_en"], m["name_zh"], m["conductivity"], m["density"],
                                   m["specific_heat"]))
    seen = {_values(m) for m in out}
    for key in tables.table("insulation_products")["product"]:
        p = tables.insulation_product(key)
        entry = LibraryMaterial(key, p["name_en"], p["name_zh"], p["conductivity"], p["density"],
                                p["specific_heat"])
        if _values(entry) not in seen:
            out.append(entry)
    return tuple(out)


def _values(m: LibraryMaterial) -> tuple:
    return tuple(round(float(q.magnitude), 6) for q in (m.conductivity, m.density, m.specific_heat))


@lru_cache(maxsize=None)
def _names() -> dict[str, tuple[str, str]]:
    """Every library key -> (English, Chinese) name."""
    names = {}
    for name, key in (("materials", "material"), ("insulation_products", "product"),
                      ("construction_names", "construction")):
        df = tables.table(name)
        for k, en, zh in zip(df[key], df["name_en"], df["name_zh"]):
            names.setdefault(str(k), (str(en), str(zh)))
    return names


def find_material(text: str) -> LibraryMaterial | None:
    """The library material named ``text`` (its English or Chinese name or
    its key, case and surrounding space ignored), or None for free text."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for m in library_materials():
        if wanted in (m.key.casefold(), m.name_en.casefold(), m.name_zh.casefold()):
            return m
    for key, (en, zh) in _names().items():  # an insulation product folded into its material
        if wanted in (key.casefold(), en.casefold(), zh.casefold()):
            try:
                p = tables.insulation_product(key)
            except KeyError:
                continue
            return LibraryMaterial(key, en, zh, p["conductivity"], p["density"], p["specific_heat"])
    return None


_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def readable(text: str, lang: str) -> str:
    """``text`` with the library's keys replaced by their names in ``lang``
    ("en" or "zh"). A whole text that is a key is replaced (``steel``,
    ``EPS``); inside longer text only keys with an underscore are, so a
    free description mentioning "steel window" stays as written."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    names = _names()
    i = 1 if lang == "zh" else 0
    whole = names.get(text.strip())
    if whole is not None:
        return whole[i]
    return _KEY.sub(lambda m: names[m.group(0)][i] if m.group(0) in names else m.group(0), text)
