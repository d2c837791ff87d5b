"""Split an article into sentences, keeping character offsets.

A rule-based splitter is enough for newswire and keeps the build free of model
downloads: it breaks at paragraph breaks and at sentence-final punctuation followed
by a capital or a quote, except after common abbreviations and initials.
"""

from __future__ import annotations

import re

from kg.model import Sentence

# Abbreviations after which a full stop does not end a sentence in news copy.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "est",
        "approx",
        "fig",
        "ft",
        "mt",
        "pres",
        "pm",
        "amb",
    ]
)

_BOUNDARY = re.compile(r"""([.!?]+)(["'\u201d\u2019)\]]*)(\s+)(?=["'\u201c\u2018(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[\"\u201c]?[A-Z])")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; each keeps its start and end offsets into ``text``."""
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _BOUNDARY.finditer(text, para_start, para_end):
            end = match.end(2)
            if _is_abbreviation(text, start, match.start(1)):
                continue
            _append(sentences, text, start, end)
            start = match.end(3)
        _append(sentences, text, start, para_end)
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    word_start = dot
    while word_start > sentence_start and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush"
        return True
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", text[word_start:dot]) and not text[:word_start].endswith(", "):
        return True  # initials run together: "Ambassador M.H. Ansari" (not a place's code: "Washington, D.C.")
    return word in ABBREVIATIONS


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text[start:end]))
