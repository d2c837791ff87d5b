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
