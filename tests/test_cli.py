"""The command line as a user meets it: every output format, determinism, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from tests.helpers import DEV, SEED, run_kg

FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml"}
QUAD_FORMATS = {".nq", ".trig", ".jsonld"}


@pytest.fixture(scope="module")
def seed_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("formats")
    paths = {}
    for suffix in FORMATS:
        path = out / f"seed{suffix}"
        result = run_kg("build", str(SEED), "-o", str(path))
        assert result.returncode == 0, result.stderr
        paths[suffix] = path
    return paths


def _union(path: Path, fmt: str) -> Graph:
    union = Graph()
    if fmt in ("nquads", "trig", "json-ld"):
        dataset = Dataset()
        dataset.parse(path, format=fmt)
        for graph in dataset.graphs():
            for triple in graph:
                union.add(triple)
    else:
        union.parse(path, format=fmt)
    return union


def test_every_format_holds_the_same_graph(seed_builds: dict[str, Path]) -> None:
    reference = _union(seed_builds[".nq"], "nquads")
    assert len(reference) > 500
    for suffix, fmt in FORMATS.items():
        assert isomorphic(reference, _union(seed_builds[suffix], fmt)), f"{suffix} differs from .nq"


def test_quad_formats_keep_one_named_graph_per_article_and_one_for_entities(seed_builds: dict[str, Path]) -> None:
    for suffix in QUAD_FORMATS:
        dataset = Dataset()
        dataset.parse(seed_builds[suffix], format=FORMATS[suffix])
        names = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert names == {
            "https://w3id.org/kg-diplomacy/id/article/seed-kim-xi-letter",
            "https://w3id.org/kg-diplomacy/id/graph/entities",
        }, suffix


def test_building_twice_gives_identical_nquads_sorted_per_graph(tmp_path: Path) -> None:
    first, second = tmp_path / "a.nq", tmp_path / "b.nq"
    assert run_kg("build", str(SEED), "-o", str(first)).returncode == 0
    assert run_kg("build", str(SEED), "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    # streamed article by article: each named graph's lines come together and sorted, the entity graph last
    lines = first.read_text(encoding="utf-8").splitlines()
    graphs = [line.rsplit(" ", 2)[-2] for line in lines]
    blocks = [g for i, g in enumerate(graphs) if i == 0 or graphs[i - 1] != g]
    assert blocks == [
        "<https://w3id.org/kg-diplomacy/id/article/seed-kim-xi-letter>",
        "<https://w3id.org/kg-diplomacy/id/graph/entities>",
    ]
    for block in blocks:
        part = [line for line, g in zip(lines, graphs, strict=True) if g == block]
        assert part == sorted(part)


def test_acts_query_prints_the_seed_acts(seed_builds: dict[str, Path]) -> None:
    result = run_kg("query", "queries/acts.rq", "--data", str(seed_builds[".ttl"]), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    triples = {(r["actorState"].rsplit("/", 1)[-1], r["cameo"][:2], r["targetState"].rsplit("/", 1)[-1]) for r in rows}
    assert ("Q423", "03", "Q148") in triples  # Kim's letter assuring Xi of cooperation
    assert ("Q148", "05", "Q423") in triples  # Xi's congratulations
    assert ("Q423", "04", "Q159") in triples  # Kim's Russia tour and summit with Putin


def test_query_csv_has_the_contract_columns(seed_builds: dict[str, Path]) -> None:
    result = run_kg("query", "queries/states.rq", "--data", str(seed_builds[".nq"]), "--format", "csv")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert header[:2] == ["articleId", "state"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "holds no articles"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b'{"id": "a", "text": "Japan thanked Peru."}\n{oops\n', "line 2: not valid JSON"),
        ('{"id": "a", "text": "Caf\xe9"}'.encode("cp1252"), "not valid UTF-8"),
    ],
)
def test_bad_input_one_line_no_traceback_no_output(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(content)
    out = tmp_path / "out.ttl"
    result = run_kg("build", str(source), "-o", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "in.jsonl" in lines[0]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]  # no temporary file left behind


def test_unknown_output_format_is_refused_before_reading(tmp_path: Path) -> None:
    result = run_kg("build", str(SEED), "-o", str(tmp_path / "out.xlsx"))
    assert result.returncode == 2
    assert "unknown output format '.xlsx'" in result.stderr and "Traceback" not in result.stderr


def test_a_failed_build_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    assert run_kg("build", str(SEED), "-o", str(out)).returncode == 0
    before = out.read_bytes()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Peru thanked Japan."}\nnot json\n', encoding="utf-8")
    assert run_kg("build", str(bad), "-o", str(out)).returncode == 2
    assert out.read_bytes() == before


def test_stdin_and_txt_inputs(tmp_path: Path) -> None:
    article = tmp_path / "paris-visit.txt"
    article.write_text("French President Emmanuel Macron visited China on Wednesday.", encoding="utf-8")
    out = tmp_path / "g.nq"
    assert run_kg("build", str(article), "-o", str(out)).returncode == 0
    assert "article/paris-visit>" in out.read_text(encoding="utf-8")
    line = json.dumps({"id": "stdin-1", "date": "2023-04-05", "text": "Japan thanked Peru on Monday."})
    out2 = tmp_path / "s.nq"
    assert run_kg("build", "-", "-o", str(out2), stdin=line + "\n").returncode == 0
    assert "article/stdin-1>" in out2.read_text(encoding="utf-8")


def test_no_output_given_is_a_usage_error() -> None:
    result = run_kg("build", str(SEED))
    assert result.returncode == 2
    assert "give -o OUT" in result.stderr


def test_a_build_that_fails_midway_leaves_no_partial_file(tmp_path: Path) -> None:
    """The N-Quads output streams to a temporary file; a bad record after good ones removes it."""
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": "Japan thanked Peru on Monday."})
    source.write_text(good + "\n" + good.replace('"a"', '"b"') + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.nq"
    result = run_kg("build", str(source), "-o", str(out))
    assert result.returncode == 2 and "line 3" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_worker_processes_give_the_same_output(tmp_path: Path) -> None:
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    assert run_kg("build", str(DEV), "-o", str(one), "-q").returncode == 0
    assert run_kg("build", str(DEV), "-o", str(two), "-q", "--workers", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


def test_an_internal_error_is_one_line_with_its_own_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.commands.build
    from kg.cli import main

    def broken(args: object) -> int:
        raise AttributeError("term 'Nothing' not in namespace")

    monkeypatch.setattr(kg.commands.build, "run", broken)
    monkeypatch.delenv("KG_TRACEBACK", raising=False)
    out = tmp_path / "out.nq"
    assert main(["build", str(SEED), "-o", str(out)]) == 70
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "internal error: AttributeError" in message and "Traceback" not in message
    assert not out.exists()
    monkeypatch.setenv("KG_TRACEBACK", "1")
    with pytest.raises(AttributeError):
        main(["build", str(SEED), "-o", str(out)])
