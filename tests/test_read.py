"""The read stage: articles from .txt and JSON Lines, and one clear error for every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import read_articles


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_jsonl_fields_are_read(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "title": "T",
        "date": "2023-09-14",
        "source": "Wire",
        "url": "https://x.example/a1",
        "text": "Japan thanked Peru.",
    }
    path = write(tmp_path / "in.jsonl", json.dumps(record) + "\n\n")
    [article] = list(read_articles([path]))
    assert article.id == "a1"
    assert article.date == dt.date(2023, 9, 14)
    assert article.title == "T" and article.source == "Wire" and article.url == "https://x.example/a1"
    assert article.text == "Japan thanked Peru."


def test_txt_article_takes_the_file_stem_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "my-article.txt", "Japan thanked Peru.\r\nPeru replied.")
    [article] = list(read_articles([path]))
    assert article.id == "my-article"
    assert article.date is None
    assert "\r" not in article.text


def test_null_and_compact_dates(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "date": None, "text": "x"}),
        json.dumps({"id": "b", "date": "19970401", "text": "y"}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines))
    a, b = read_articles([path])
    assert a.date is None
    assert b.date == dt.date(1997, 4, 1)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.jsonl", "", "holds no articles"),
        ("blank.jsonl", "\n\n  \n", "holds no articles"),
        ("binary.jsonl", b"\x00\x01\x02\xffPNG", "binary"),
        ("latin1.jsonl", '{"id": "a", "text": "caf\xe9"}'.encode("latin-1"), "not valid UTF-8"),
        ("broken.jsonl", '{"id": "a", "text": "ok"}\n{"id": "b", "text": ', "line 2: not valid JSON"),
        ("list.jsonl", "[1, 2]", "not an object"),
        ("noid.jsonl", '{"text": "x"}', "has no 'id'"),
        ("notext.jsonl", '{"id": "a"}', "has no 'text'"),
        ("emptytext.jsonl", '{"id": "a", "text": "   "}', "text is empty"),
        ("baddate.jsonl", '{"id": "a", "text": "x", "date": "last Tuesday"}', "not an ISO date"),
        ("dup.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}', "already used"),
        ("article.pdf", "x", "unknown input format"),
        ("empty.txt", "  \n", "text is empty"),
    ],
)
def test_bad_input_gives_one_line_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as caught:
        list(read_articles([path]))
    text = str(caught.value)
    assert message in text
    assert name in text
    assert "\n" not in text


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.jsonl"]))
    with pytest.raises(InputError, match="is a folder"):
        list(read_articles([tmp_path]))


def test_huge_article_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", "word " * 500_000)
    with pytest.raises(InputError, match="split it into articles"):
        list(read_articles([path]))


def test_articles_stream_one_at_a_time(tmp_path: Path) -> None:
    """A bad line late in a file does not stop the articles before it from being read first."""
    path = write(tmp_path / "in.jsonl", '{"id": "a", "text": "x"}\nnot json\n')
    stream = read_articles([path])
    assert next(stream).id == "a"
    with pytest.raises(InputError, match="line 2"):
        next(stream)


FRENCH = (
    "Le président de la République a reçu le Premier ministre dans son bureau pour discuter de la situation "
    "économique et des réformes en cours dans le pays, a indiqué un communiqué de la présidence publié mardi soir."
)
CHINESE = "中华人民共和国主席今天在北京会见了来访的俄罗斯总统，双方就两国关系和共同关心的国际和地区问题深入交换了意见。"


@pytest.mark.parametrize(("text", "language"), [(FRENCH, None), (CHINESE, None), ("Japan thanked Peru.", "de")])
def test_non_english_article_is_refused_with_one_line(tmp_path: Path, text: str, language: str | None) -> None:
    record = {"id": "x", "text": text, "language": language}
    path = write(tmp_path / "in.jsonl", json.dumps(record, ensure_ascii=False))
    with pytest.raises(InputError, match=r"in\.jsonl line 1: .*kg reads English news only"):
        list(read_articles([path]))


def test_non_english_articles_can_be_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "fr", "text": FRENCH}),
        json.dumps({"id": "en", "text": "Japan thanked Peru on Monday."}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines))
    skipped: list[str] = []
    assert [a.id for a in read_articles([path], skipped=skipped)] == ["en"]
    assert len(skipped) == 1 and "line 1" in skipped[0] and "left out" in skipped[0]


def test_tables_of_results_are_still_english(tmp_path: Path) -> None:
    table = "Spanish league results on Saturday: Valencia 1 (Vicente 74) Athletic Bilbao 1 (Etxeberria 30) " * 4
    path = write(tmp_path / "in.jsonl", json.dumps({"id": "t", "text": table}))
    assert [a.id for a in read_articles([path])] == ["t"]
