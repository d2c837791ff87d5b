"""Reading the hand-made JSONL files of kg/data/rules: one object a line, each with an id no other line uses and
the keys its file requires. One reader serves the extraction rules (acts, titles, descriptions ...) and the
gazetteer's hand-made forms and terms, so that a broken line is reported the same way everywhere: the file, the line
and what is wrong."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kg.errors import InputError

RULES_PACKAGE_DIR = ("data", "rules")


def read_hand_made_jsonl(
    path: Path | Traversable, required: tuple[str, ...], noun: str = "rule"
) -> list[tuple[int, dict[str, Any]]]:
    """The entries of a hand-made JSONL file with their line numbers, each checked to have the ``required`` keys
    and an id no earlier line used; ``noun`` names an entry in the error messages ("rule", "term")."""
    entries: list[tuple[int, dict[str, Any]]] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: rule file missing; it ships with the package") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: invalid JSON ({exc})") from None
        if not isinstance(entry, dict):
            raise InputError(f"{path}:{number}: a {noun} must be a JSON object")
        missing = [key for key in ("id", *required) if key not in entry]
        if missing:
            raise InputError(f"{path}:{number}: {noun} lacks {missing[0]!r}")
        if entry["id"] in seen:
            raise InputError(f"{path}:{number}: duplicate {noun} id {entry['id']!r}")
        seen.add(entry["id"])
        entries.append((number, entry))
    return entries


def packaged_rules(filename: str, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """The entries of the rule file ``filename`` shipped in kg/data/rules, checked as above."""
    path = resources.files("kg").joinpath(*RULES_PACKAGE_DIR, filename)
    return [entry for _, entry in read_hand_made_jsonl(path, required)]
