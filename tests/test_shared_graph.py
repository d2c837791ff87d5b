"""The shared entity graph accumulates: loading or pushing one article never removes another's entities."""

from __future__ import annotations

import json
from pathlib import Path

from kg.pipeline import build
from kg.store import Store


def _article(path: Path, article_id: str, text: str) -> Path:
    record = {"id": article_id, "date": "2023-09-14", "text": text}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_building_articles_one_by_one_keeps_every_entity(tmp_path: Path) -> None:
    first = _article(tmp_path / "a.jsonl", "a", "Vladimir Putin visited China on Monday.")
    second = _article(tmp_path / "b.jsonl", "b", "Xi Jinping congratulated Japan on Tuesday.")
    store_dir = tmp_path / "store"
    build([str(first)], store_dir=str(store_dir))
    build([str(second)], store_dir=str(store_dir))
    build([str(second)], store_dir=str(store_dir))  # rebuilding one article must not drop the other's entities
    with Store.open(store_dir, read_only=True) as store:
        rows = store.query(
            "PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#> "
            "SELECT ?s WHERE { GRAPH <https://w3id.org/kg-diplomacy/id/graph/entities> { ?s a kg:State } }"
        ).rows
    states = {str(row["s"]).rsplit("/", 1)[-1] for row in rows}
    assert {"Q159", "Q148", "Q17"} <= states


def test_loading_a_file_adds_to_the_entity_graph(tmp_path: Path) -> None:
    first = _article(tmp_path / "a.jsonl", "a", "Vladimir Putin visited China on Monday.")
    second = _article(tmp_path / "b.jsonl", "b", "Japan thanked Peru on Tuesday.")
    out_a, out_b = tmp_path / "a.nq", tmp_path / "b.nq"
    build([str(first)], str(out_a))
    build([str(second)], str(out_b))
    with Store.open(tmp_path / "store") as store:
        store.load_file(out_a)
        store.load_file(out_b)
        rows = store.query(
            "PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
            "WHERE { GRAPH <https://w3id.org/kg-diplomacy/id/graph/entities> { ?s a kg:State } }"
        ).rows
    assert rows[0]["n"].toPython() >= 4  # Russia, China, Japan, Peru
