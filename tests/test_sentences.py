"""The sentence splitter: where news copy ends a sentence and where a full stop is part of a name."""

from __future__ import annotations

import pytest

from kg.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


def test_a_full_stop_before_a_capital_ends_a_sentence_and_offsets_point_into_the_text() -> None:
    text = "China protested. Japan replied on Monday!  Korea said nothing."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["China protested.", "Japan replied on Monday!", "Korea said nothing."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Abe met Dr. Singh in Tokyo.",
        "President George W. Bush spoke.",
        "Ambassador M.H. Ansari said India was ready.",
        "The U.S. Embassy said so.",
    ],
)
def test_a_full_stop_in_a_title_or_initials_is_no_sentence_end(text: str) -> None:
    assert _texts(text) == [text]


def test_a_paragraph_break_ends_a_sentence_without_a_full_stop() -> None:
    assert _texts("Talks resume\n\nThe ministers met.") == ["Talks resume", "The ministers met."]


def test_a_place_code_after_a_comma_can_end_a_sentence() -> None:
    assert _texts("He flew to Washington, D.C. The talks began.") == ["He flew to Washington, D.C.", "The talks began."]
