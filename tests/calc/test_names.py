"""Names of the library's keys (calc/datasets/names.py)."""

import pytest

from calc.datasets import names, tables


def test_every_material_and_product_has_both_names():
    for table, key in (("materials", "material"), ("insulation_products", "product")):
        df = tables.table(table)
        assert df["name_en"].str.strip().all() and df["name_zh"].str.strip().all(), table
        assert not df["name_en"].str.contains("_").any(), table


def test_every_base_construction_is_named():
    used = set(tables.table("constructions")["construction"])
    assert used == set(tables.table("construction_names")["construction"])


def test_readable_replaces_keys_by_name():
    assert names.readable("brick_490 + 80 mm eps_board", "en") == (
        "490 mm solid clay brick wall + 80 mm Expanded polystyrene board (EPS)")
    assert names.readable("brick_490 + 80 mm eps_board", "zh") == "490 mm 实心黏土砖墙 + 80 mm 模塑聚苯板(EPS)"
    assert names.readable("solid_clay_brick", "zh") == "重砂浆砌筑粘土砖砌体"
    assert names.readable("steel", "en") == "Structural steel"  # a whole key
    # inside free text only keys with an underscore are names
    assert names.readable("double-sash single-glazed steel window", "en") == "double-sash single-glazed steel window"
    assert names.readable("my_own_mix", "en") == "my_own_mix"
    with pytest.raises(ValueError, match="lang"):
        names.readable("x", "de")


def test_find_material_by_either_name_or_key():
    by_en = names.find_material("  aerated concrete block masonry (WITH joints) ")
    by_zh = names.find_material("加气混凝土砌块(灰缝影响)")
    assert by_en == by_zh and by_en.key == "aerated_concrete_block_wall"
    # design λ = GB 50176-2016 Table B.1 0.22 W/(m·K) × Table B.2 1.25
    assert by_en.conductivity.to("W/(m*K)").magnitude == pytest.approx(0.275, abs=1e-12)
    assert names.find_material("eps_board").density.to("kg/m**3").magnitude == pytest.approx(20)
    assert names.find_material("aged lime render") is None and names.find_material("  ") is None


def test_the_library_lists_each_material_once():
    entries = names.library_materials()
    assert len({m.name_en for m in entries}) == len(entries)
    keys = {m.key for m in entries}
    # EPS, XPS, rock wool and PU products have the values of their GB 50176 rows; the others are added
    assert {"eps_board", "xps_board", "phenolic", "aerogel", "VIP"} <= keys and "EPS" not in keys
    # a product folded into its material is still found by its key
    assert names.find_material("EPS").conductivity.to("W/(m*K)").magnitude == pytest.approx(0.039 * 1.10, abs=1e-4)
