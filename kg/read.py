"""Read stage: articles from .txt files, JSON Lines files or standard input.

Articles are streamed one at a time, so a corpus of any size can be read
with constant memory. Every problem is raised as an :class:`InputError` whose
message names the file (and line) and says what to do.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt", ".text"}
MAX_ARTICLE_CHARS = 2_000_000  # a news article is ~10k characters; beyond this it is not an article
BINARY_SNIFF_BYTES = 8192


def read_articles(paths: Iterable[str | Path], *, skipped: list[str] | None = None) -> Iterator[Article]:
    """Yield the articles of every input in order; ``-`` reads JSON Lines from standard input.

    An article not in English is an :class:`InputError` (kg reads English only), unless ``skipped`` is given:
    then it is left out and a line saying so is appended to that list.
    """
    seen: dict[str, str] = {}
    for raw in paths:
        source = str(raw)
        articles = _read_stdin() if source == "-" else _read_path(Path(source))
        for article in articles:
            if article.id in seen:
                raise InputError(
                    f"{article.origin}: article id {article.id!r} was already used by {seen[article.id]}; "
                    "give every article a distinct id"
                )
            seen[article.id] = article.origin or source
            problem = not_english(article)
            if problem is not None:
                if skipped is None:
                    raise InputError(
                        f"{article.origin}: {problem}; kg reads English news only "
                        "(translate it, or pass --skip-non-english to leave such articles out)"
                    )
                skipped.append(f"{article.origin}: {problem}; left out")
                continue
            yield article


_ENGLISH_WORDS = frozenset("the of and to in a is that for on with by as at said from was has its".split())
# Frequent function words of other languages written in Latin script (French, Spanish, German, Italian, Portuguese).
_FOREIGN_WORDS = frozenset(
    "le la les des du de au aux sur et est une dans pour que qui el los las del por con para una es se der die das "
    "und ist ein eine den dem im auf "
    "nicht mit von zu il che di della per non sono em os uma não".split()
)


def not_english(article: Article) -> str | None:
    """Why an article is not English text (its language field, or its words), or None when it is."""
    if article.language and not article.language.lower().startswith("en"):
        return f"its language is {article.language!r}"
    letters = [c for c in article.text if c.isalpha()]
    if len(letters) >= 40 and sum(c.isascii() for c in letters) / len(letters) < 0.6:
        return "its text is mostly in a non-Latin script"
    words = [w.lower().strip(".,;:!?\"'()") for w in article.text.split()]
    if len(words) >= 30:
        english = sum(w in _ENGLISH_WORDS for w in words) / len(words)
        foreign = sum(w in _FOREIGN_WORDS for w in words) / len(words)
        if foreign > 0.08 and foreign > 2 * english:  # tables of results have few English words, but no foreign ones
            return "its text does not read as English"
    return None


def _read_path(path: Path) -> Iterator[Article]:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the .txt or .jsonl files inside it")
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(f"{path}: unknown input format {suffix or '(no extension)'!r}; use .txt or .jsonl")
    try:
        with path.open("rb") as fh:
            head = fh.read(BINARY_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from exc
    if b"\x00" in head:
        raise InputError(f"{path}: looks like a binary file, not text; give a UTF-8 .txt or .jsonl file")
    if suffix in TEXT_SUFFIXES:
        yield _read_text_file(path)
    else:
        yield from _read_jsonl_lines(path, _lines(path), str(path))


def _lines(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            yield from fh
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8, e.g. iconv -t UTF-8"
        ) from exc


def _read_stdin() -> Iterator[Article]:
    stream = sys.stdin
    yield from _read_jsonl_lines(Path("<stdin>"), stream, "<stdin>")


def _read_text_file(path: Path) -> Article:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8, e.g. iconv -t UTF-8"
        ) from exc
    text = text.replace("\r\n", "\n")
    _check_text(text, str(path))
    return Article(id=path.stem, text=text, origin=str(path))


def _read_jsonl_lines(path: Path, lines: Iterable[str], name: str) -> Iterator[Article]:
    count = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object") from exc
        if not isinstance(record, dict):
            raise InputError(f"{where}: is a JSON {type(record).__name__}, not an object with id and text")
        yield article_from_record(record, where)
        count += 1
    if count == 0:
        raise InputError(f"{name}: holds no articles; give one JSON object per line with id and text")


def article_from_record(record: dict, where: str) -> Article:
    """Build an Article from a JSONL record (fields id, title, date, source, url, text)."""
    article_id = record.get("id")
    text = record.get("text")
    if article_id is None or str(article_id).strip() == "":
        raise InputError(f"{where}: has no 'id'; give every article a distinct id")
    if not isinstance(text, str):
        raise InputError(f"{where}: has no 'text' string; put the article body in 'text'")
    text = text.replace("\r\n", "\n")
    _check_text(text, where)
    return Article(
        id=str(article_id),
        text=text,
        title=_optional_str(record.get("title")),
        date=_parse_date(record.get("date"), where),
        source=_optional_str(record.get("source")),
        url=_optional_str(record.get("url")),
        language=str(record.get("language") or record.get("lang") or "en"),
        origin=where,
    )


def _check_text(text: str, where: str) -> None:
    if not text.strip():
        raise InputError(f"{where}: the article text is empty; give the article body")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{where}: the text has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an article may have; "
            "split it into articles"
        )


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_date(value: object, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        # ISO date or date-time ("2023-09-14", "2023-09-14T08:00:00Z")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if len(text) == 8 and text.isdigit():  # YYYYMMDD, as some newswire ids give it
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            pass
    raise InputError(f"{where}: date {text!r} is not an ISO date; write it as YYYY-MM-DD or leave it null")
