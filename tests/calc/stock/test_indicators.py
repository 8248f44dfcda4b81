"""Stock indicators against hand sums; missing inputs are named."""

import pytest

from calc.stock.indicators import (
    coal_share, network_losses, public_institutions, renewable_replacement, renovated_area,
)


def b(**kw):
    base = {"building_type": "public", "network": "", "floor_area_m2": 1000.0, "occupants": None,
            "baseline_tce": 100.0, "package_tce": 80.0, "baseline_coal_tce": 0.0, "package_coal_tce": 0.0,
            "baseline_tco2": 250.0, "package_tco2": 200.0, "baseline_renewable_share_pct": 0.0,
            "package_renewable_share_pct": 0.0, "baseline_network_loss_share_pct": None,
            "package_network_loss_share_pct": None, "network_loss_share_2020_pct": None, "network_loss_basis": "",
            "metered_2020_tce": None, "metered_2020_tco2": None, "metered_current_tce": None,
            "metered_current_tco2": None, "measures": "wall_insulation", "verdict": "PASS", "heat_source": "gas_boiler"}
    base.update(kw)
    return base


def proj(*buildings):
    return {"buildings": list(buildings)}


def test_renovated_area():
    got = renovated_area([proj(b(floor_area_m2=1000.0)), proj(b(floor_area_m2=500.0, verdict="FAIL")),
                          proj(b(floor_area_m2=300.0, measures=""))])
    assert got["renovated_area_m2"] == 1500.0 and got["area_meeting_target_m2"] == 1000.0


def test_network_loss_vs_2020_and_what_is_missing():
    net = dict(network="N1", baseline_network_loss_share_pct=14.0, package_network_loss_share_pct=11.5,
               network_loss_basis="pipes")
    got = network_losses([proj(b(**net, network_loss_share_2020_pct=13.0), b(**net)),
                          proj(b(**{**net, "network": "N2"})),
                          proj(b(**{**net, "network": "N3", "network_loss_basis": "default",
                                    "network_loss_share_2020_pct": 13.0}))])
    n1, n2, n3 = (got["networks"][k] for k in ("N1", "N2", "N3"))
    assert n1["change_vs_2020_pp"] == pytest.approx(-1.5) and n1["meets_plan"] is False
    assert n2["computable"] is False and "network_loss_share_2020" in n2["missing"]
    assert n3["computable"] is False and "supply.network.assumed_loss_share" in n3["missing"]
    assert network_losses([proj(b())])["computable"] is False


def test_public_institutions_vs_2020_by_hand():
    # two public buildings, 1000 m² each: 2020 100 + 50 tce, now 95 + 45 tce
    p = [proj(b(metered_2020_tce=100.0, metered_current_tce=95.0, metered_2020_tco2=250.0, metered_current_tco2=230.0,
                occupants=50)),
         proj(b(metered_2020_tce=50.0, metered_current_tce=45.0, metered_2020_tco2=120.0, metered_current_tco2=110.0,
                package_tce=90.0, package_tco2=225.0, occupants=20))]
    got = public_institutions(p)
    assert got["energy_per_m2_change_current_pct"] == pytest.approx(100 * (140 / 150 - 1))
    # after the package: 95 x 80/100 + 45 x 90/100 = 76 + 40.5
    assert got["energy_per_m2_change_after_package_pct"] == pytest.approx(100 * (116.5 / 150 - 1))
    assert got["co2_per_m2_change_after_package_pct"] == pytest.approx(100 * ((230 * 0.8 + 110 * 0.9) / 370 - 1))
    assert got["energy_per_person"]["computable"] is True
    missing = public_institutions([proj(b())])
    assert missing["computable"] is False and "metered_2020" in missing["missing"]
    assert public_institutions([proj(b(building_type="residential"))])["computable"] is False


def test_coal_share_of_public_buildings():
    got = coal_share([proj(b(baseline_coal_tce=30.0, package_coal_tce=10.0)), proj(b())])
    assert got["baseline_pct"] == pytest.approx(100 * 30 / 200) and got["package_pct"] == pytest.approx(100 * 10 / 160)


def test_renewable_replacement_sums_renewable_and_conventional():
    # project 1: C = 90 tce at 10 %  -> R = 10 tce; project 2: C = 100 tce, R = 0
    got = renewable_replacement([proj(b(baseline_tce=90.0, baseline_renewable_share_pct=10.0)), proj(b())])
    assert got["baseline_pct"] == pytest.approx(100 * 10 / 200)


def test_what_is_missing_reads_in_either_language_after_a_json_round_trip():
    """The summary is written as JSON and read back by the stock window: the
    missing input keeps its message id, so a Chinese reader gets Chinese,
    with the column names as the user types them."""
    import json

    from calc.stock.indicators import missing_text

    net = dict(network="N3", baseline_network_loss_share_pct=14.0, package_network_loss_share_pct=11.5,
               network_loss_basis="default", network_loss_share_2020_pct=13.0)
    entry = json.loads(json.dumps(network_losses([proj(b(**net))])))["networks"]["N3"]
    assert missing_text(entry, "en") == ("the network's current loss share (column "
                                         "supply.network.assumed_loss_share) or its pipes")
    assert missing_text(entry, "zh") == "热网当前的管网热损失率（列 supply.network.assumed_loss_share）或其管道数据"
    public = json.loads(json.dumps(public_institutions([proj(b())])))
    assert missing_text(public, "zh") == "公共建筑的 metered_2020.<carrier> 与 metered_current.<carrier> 列"
    # a summary written before the id was recorded keeps its English text
    assert missing_text({"missing": "public buildings in the stock"}, "zh") == "public buildings in the stock"
