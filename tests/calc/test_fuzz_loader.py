"""Corrupted project files through ``main.py validate``: exit 1 with a
message naming the field (JSON path) or the position, never a traceback.

The corruptions are drawn from a seeded generator (the same files every
run): truncations, byte flips, wrong types, wrong and missing units, huge
and deep values, other encodings, duplicate keys, JSON's non-finite
literals. A corruption that happens to leave a valid project (a flipped
letter in the notes) must validate with exit 0.
"""

from __future__ import annotations

import copy
import json
import random
import re

import pytest

import main

from ..conftest import OFFICE, RESIDENTIAL

SAMPLES = [p.read_bytes() for p in (RESIDENTIAL, OFFICE)]
DOCS = [json.loads(b.decode("utf-8")) for b in SAMPLES]
PER_KIND = 60

# A message is "<file>: <where>..." where <where> is a JSON path of the
# document or a position in the text.
WHERE = re.compile(
    r"^(?:project(?:[.\[]|\b)|format\b|version\b|\(root\)|[A-Za-z_'\\\"][^:]*?(?:\.|\[\d+\]).*?:"
    r"|not valid JSON at line \d+, column \d+|line \d+, column \d+|not UTF-8 text \(byte \d+\))")


def _leaves(node, path=()):
    """Paths of every value in a JSON document (containers included)."""
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, path + (i,))


def _set(doc, path, value):
    node = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _get(doc, path):
    for part in path:
        doc = doc[part]
    return doc


WRONG_VALUES = [None, True, False, 0, -1, 1.5, -1e300, "", "text", "1.0", "-5 m", [], [1, 2], {}, {"a": 1},
                "1.0 parsec", "nan mm", "1e400 mm", "0x10 mm", "１２ mm", "12 mm mm", "½ m", "∞ m"]
UNITS = ["", "kg", "m", "mm", "degC", "K", "W", "W/(m**2*K)", "CNY", "1/h", "percent", "m**3", "parsec",
         "W/(m*K)", "deg", "year", "kWh/(m**2*a)", "ft", "°F", "%"]


def _dump(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def truncation(rng, raw, doc):
    return raw[:rng.randrange(0, len(raw))]


def byte_flips(rng, raw, doc):
    b = bytearray(raw)
    printable = rng.random() < 0.6  # most flips keep the text UTF-8, so that JSON and the model see them
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(b))
        if printable:
            while b[i] >= 0x80:
                i = rng.randrange(len(b))
            b[i] = rng.randrange(0x20, 0x7F)
        else:
            b[i] = rng.randrange(256)
    return bytes(b)


def wrong_type(rng, raw, doc):
    doc = copy.deepcopy(doc)
    path = rng.choice([p for p in _leaves(doc) if p])
    _set(doc, path, copy.deepcopy(rng.choice(WRONG_VALUES)))
    return _dump(doc)


def wrong_unit(rng, raw, doc):
    doc = copy.deepcopy(doc)
    paths = [p for p in _leaves(doc) if p and isinstance(_get(doc, p), str)
             and re.match(r"^-?[\d.]+(e-?\d+)? \S", _get(doc, p))]
    path = rng.choice(paths)
    number = _get(doc, path).split(" ", 1)[0]
    choice = rng.randrange(3)
    value = float(number) if choice == 0 else number if choice == 1 else f"{number} {rng.choice(UNITS)}"
    _set(doc, path, value)
    return _dump(doc)


def huge_value(rng, raw, doc):
    doc = copy.deepcopy(doc)
    path = rng.choice([p for p in _leaves(doc) if p])
    kind = rng.randrange(5)
    marker = "__HUGE__"
    if kind == 0:
        _set(doc, path, "9" * rng.choice([20, 400, 5000]) + " mm")
        return _dump(doc)
    if kind == 1:
        _set(doc, path, "x" * rng.choice([1000, 100_000, 1_000_000]))
        return _dump(doc)
    _set(doc, path, marker)
    literal = ["1" + "0" * rng.choice([309, 400, 5000]), "1e400", "-1e999", "NaN", "Infinity", "-Infinity"][
        rng.randrange(6) if kind == 2 else rng.randrange(3, 6) if kind == 3 else rng.randrange(0, 3)]
    return _dump(doc).replace(f'"{marker}"'.encode(), literal.encode())


def deep_value(rng, raw, doc):
    doc = copy.deepcopy(doc)
    path = rng.choice([p for p in _leaves(doc) if p] + [("project", "extra")])
    marker = "__DEEP__"
    _set(doc, path, marker)
    depth = rng.choice([65, 200, 1000, 5000, 50_000])
    open_, close = ("[", "]") if rng.random() < 0.5 else ('{"a":', "}")
    nested = open_ * depth + "1" + close * depth
    return _dump(doc).replace(f'"{marker}"'.encode(), nested.encode())


def encoding(rng, raw, doc):
    text = raw.decode("utf-8")
    kind = rng.randrange(7)
    if kind == 0:
        return text.encode("utf-16")
    if kind == 1:
        return text.encode("gbk")
    if kind == 2:
        return text.encode("utf-8", "ignore").replace("和".encode(), b"\xe5\x92")  # a cut character
    if kind == 3:
        return b"\xef\xbb\xbf" + raw  # a BOM: still valid
    if kind == 4:
        return raw.replace(b'"notes": "', b'"notes": "\\ud800', 1)  # lone surrogate escape
    if kind == 5:
        i = rng.randrange(len(raw))
        return raw[:i] + bytes([rng.choice([0x80, 0xC0, 0xFF, 0xFE, 0xED])]) + raw[i:]
    return text.encode("utf-32")


def structural(rng, raw, doc):
    doc = copy.deepcopy(doc)
    kind = rng.randrange(5)
    paths = [p for p in _leaves(doc) if p and isinstance(_get(doc, p[:-1]), dict)]
    path = rng.choice(paths)
    if kind == 0:  # a field removed
        del _get(doc, path[:-1])[path[-1]]
        return _dump(doc)
    if kind == 1:  # an unknown field
        _get(doc, path[:-1])["unknown_" + str(rng.randrange(99))] = 1
        return _dump(doc)
    if kind == 2:  # a key given twice
        text = _dump(doc).decode("utf-8")
        key = f'"{path[-1]}": '
        i = text.find(key)
        if i < 0:
            return _dump(doc)
        return (text[:i] + key + '"duplicate", ' + text[i:]).encode("utf-8")
    if kind == 3:  # the root replaced
        return json.dumps(rng.choice([[], 1, "project", None, {"format": "x"}])).encode()
    doc["version"] = rng.choice([0, 2, -1, "1", 1.0, None, True])
    return _dump(doc)


KINDS = [truncation, byte_flips, wrong_type, wrong_unit, huge_value, deep_value, encoding, structural]


def cases():
    rng = random.Random(20261201)
    for kind in KINDS:
        for i in range(PER_KIND if kind is not structural else PER_KIND + 20):
            j = rng.randrange(len(SAMPLES))
            yield kind.__name__, i, kind(rng, SAMPLES[j], DOCS[j])


CASES = list(cases())


def test_at_least_500_corrupted_files():
    assert len(CASES) >= 500


@pytest.mark.parametrize("kind", [k.__name__ for k in KINDS])
def test_corrupted_files_give_a_message_never_a_traceback(kind, tmp_path, capsys):
    codes = []
    for name, i, data in CASES:
        if name != kind:
            continue
        path = tmp_path / f"{name}_{i}.json"
        path.write_bytes(data)
        code = main.main(["validate", str(path)])
        out, err = capsys.readouterr()
        codes.append(code)
        if code == 0:
            assert out.startswith(f"{path}: valid") and not err, (name, i)
            continue
        assert code == 1, (name, i, code)
        assert "Traceback" not in err and err.strip(), (name, i)
        for line in err.strip().splitlines():
            assert line.startswith(f"{path}: "), (name, i, line[:300])
            message = line[len(f"{path}: "):]
            assert WHERE.match(message), (name, i, message[:300])
            assert len(line) < 1000, (name, i, len(line))  # bad values are echoed shortened
    assert codes.count(1) >= len(codes) // 2, f"{kind}: too few corruptions were caught"
