"""The silver annotation in bench/silver is well formed and covers the diplomacy articles the dev set leaves out."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SILVER = ROOT / "bench" / "silver" / "diplomacy40.silver.jsonl"


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_the_silver_set_is_the_diplomacy_articles_outside_the_dev_set() -> None:
    silver = _ids(SILVER)
    assert silver == _ids(SHARED / "corpus" / "diplomacy.jsonl") - _ids(SHARED / "eval" / "dev.jsonl")


def test_every_silver_act_names_states_of_its_article_and_a_two_digit_root() -> None:
    for line in SILVER.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        states = {s if isinstance(s, str) else s["qid"] for s in record["states"]}
        assert record["part"] in (0, 1, 2, 3)
        for act in record["acts"]:
            assert len(act["root"]) == 2 and act["root"].isdigit(), (record["id"], act)
            assert {act["actor"], act["target"]} <= states, (record["id"], act)
