"""The pipeline: read -> extract -> link -> build, one article at a time.

:class:`Pipeline` holds what is costly to load (gazetteer, compiled lexicons) and
turns one :class:`~kg.model.Article` into an :class:`~kg.model.Extraction` and an
RDF graph. It keeps no state between articles, so articles can be processed in any
order and in separate worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

from kg.build import ENTITY_GRAPH, ArticleGraphs, GraphBuilder
from kg.extract.acts import extract_acts
from kg.extract.alliances import extract_alliances
from kg.extract.mentions import MentionFinder
from kg.extract.sentences import split_sentences
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.link import link_mentions
from kg.model import Article, Extraction
from kg.serialise import write_graphs
from kg.void import VOID_GRAPH_IRI, void_description, void_from_counts


@dataclass
class ArticleResult:
    extraction: Extraction
    graphs: ArticleGraphs

    @property
    def graph(self) -> Graph:
        """Everything built for the article: its named graph's triples and the facts about the entities it names."""
        union = Graph(identifier=self.graphs.article.identifier)
        union += self.graphs.article
        union += self.graphs.entities
        return union


class Pipeline:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.finder = MentionFinder(self.gazetteer)
        self.builder = GraphBuilder(self.gazetteer)

    def extract(self, article: Article) -> Extraction:
        warnings: list[str] = []
        if article.language and not article.language.lower().startswith("en"):
            warnings.append(
                f"{article.origin or article.id}: language {article.language!r} is not English; "
                "kg reads English text only, so little will be found"
            )
        sentences = split_sentences(article.text)
        mentions = self.finder.find(article.text, sentences, article.date.year if article.date else None)
        mentions = link_mentions(article, sentences, mentions, self.gazetteer)
        acts = extract_acts(article, sentences, mentions)
        alliances = extract_alliances(article, sentences, mentions, self.gazetteer)
        return Extraction(article, sentences, mentions, acts, alliances, warnings)

    def process(self, article: Article) -> ArticleResult:
        extraction = self.extract(article)
        return ArticleResult(extraction, self.builder.article_graphs(extraction))

    def run(self, articles: Iterable[Article], workers: int = 1) -> Iterator[ArticleResult]:
        """Process articles in order; with ``workers`` > 1, in that many processes (results keep input order)."""
        if workers <= 1:
            for article in articles:
                yield self.process(article)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
            for extraction, article_triples, entity_triples in pool.map(_work, articles, chunksize=8):
                yield ArticleResult(extraction, _graphs(extraction, article_triples, entity_triples))


class _LazyPipeline(Pipeline):
    """The parent of worker processes loads no gazetteer of its own."""

    def __init__(self) -> None:  # nothing to load: the workers do the work
        pass


# One pipeline per worker process, loaded once: the gazetteer and lexicons are the costly part.
_WORKER_PIPELINE: Pipeline | None = None


def _start_worker() -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline()


def _work(article: Article) -> tuple[Extraction, list[tuple], list[tuple]]:
    """Process one article in a worker; graphs travel back as plain triples (cheap to pickle)."""
    assert _WORKER_PIPELINE is not None
    result = _WORKER_PIPELINE.process(article)
    return result.extraction, list(result.graphs.article), list(result.graphs.entities)


def _graphs(extraction: Extraction, article_triples: list[tuple], entity_triples: list[tuple]) -> ArticleGraphs:
    from kg.build import article_iri

    article = Graph(identifier=article_iri(extraction.article.id))
    entities = Graph(identifier=ENTITY_GRAPH)
    article.addN((s, p, o, article) for s, p, o in article_triples)
    entities.addN((s, p, o, entities) for s, p, o in entity_triples)
    return ArticleGraphs(article, entities)


# The graph holds facts derived from CC BY-SA sources (PLOVER, world-leaders snapshots): share-alike applies.
LICENCE = "https://creativecommons.org/licenses/by-sa/4.0/"


def void_path(output: Path) -> Path:
    """Where the VoID description of an output file goes: graph.ttl -> graph.void.ttl."""
    return output.with_name(output.stem + ".void.ttl")


@dataclass
class BuildReport:
    """What a build did: counts for the user, warnings that did not stop it."""

    articles: int = 0
    triples: int = 0
    acts: int = 0
    mentions: int = 0
    alliances: int = 0
    output: str | None = None
    store: str | None = None
    warnings: list[str] | None = None
    validated: bool = False


def build(
    inputs: Iterable[str],
    output: str | None = None,
    *,
    store_dir: str | None = None,
    pipeline: Pipeline | None = None,
    validate: bool = False,
    store_batch: int = 200,
    workers: int = 1,
    skip_non_english: bool = False,
) -> BuildReport:
    """Read every input, extract, link and build, then write ``output`` and/or update the store at ``store_dir``.

    Articles stream through: N-Quads and N-Triples outputs are written article by article to a temporary
    file beside ``output``, renamed into place only when every article was read (other formats are held
    until then); a store is updated every ``store_batch`` articles, each article graph replaced whole.
    Memory then holds one batch and the shared entity graph, which the gazetteer bounds.
    """
    from kg.read import read_articles
    from kg.serialise import GraphFileWriter

    if output is None and store_dir is None:
        raise ValueError("build needs an output file or a store")
    inputs = [str(name) for name in inputs]
    writer = GraphFileWriter(Path(output)) if output is not None else None  # fails early on an unknown format
    pipeline = pipeline or (Pipeline() if workers <= 1 else _LazyPipeline())
    report = BuildReport(output=output, store=store_dir, warnings=[])
    entities = Graph(identifier=ENTITY_GRAPH)
    counts = VoidCounts()
    pending: list[ArticleResult] = []
    store = None
    try:
        if store_dir is not None:
            from kg.store import Store

            store = Store.open(store_dir)
        skipped: list[str] | None = [] if skip_non_english else None
        for result in pipeline.run(read_articles(inputs, skipped=skipped), workers=workers):
            extraction = result.extraction
            report.articles += 1
            report.acts += len(extraction.acts)
            report.mentions += len(extraction.mentions)
            report.alliances += len(extraction.alliances)
            report.warnings.extend(extraction.warnings)
            entities += result.graphs.entities
            counts.add(result.graphs.article)
            pending.append(result)
            if len(pending) >= store_batch:
                _flush(pending, writer, store, validate, output or store_dir)
        _flush(pending, writer, store, validate, output or store_dir)
        report.warnings.extend(skipped or ())
        counts.add(entities)
        report.triples = counts.triples
        report.validated = validate
        sources = sorted({Path(name).name for name in inputs if name != "-"} | ({"stdin"} if "-" in inputs else set()))
        described = counts.void(sources=sources, licence=LICENCE)
        if writer is not None:
            writer.finish(entities)
            write_graphs([described], void_path(Path(output)))
        if store is not None:
            store.add_to_graph(ENTITY_GRAPH, entities)
            store.replace_article_graphs({VOID_GRAPH_IRI: void_description(store, sources=sources, licence=LICENCE)})
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if store is not None:
            store.close()
    return report


def _flush(pending: list[ArticleResult], writer, store, validate: bool, target: str | None) -> None:
    """Write a batch of built articles: validated first when asked, then to the file and the store."""
    if not pending:
        return
    if validate:
        _validate_or_raise([g for r in pending for g in (r.graphs.article, r.graphs.entities)], target or "the build")
    for result in pending:
        if writer is not None:
            writer.add(result.graphs.article)
    if store is not None:
        store.replace_article_graphs({r.graphs.article.identifier: r.graphs.article for r in pending})
    pending.clear()


class VoidCounts:
    """Counts for the VoID description, kept while a build streams. Article graphs never share subjects
    (their IRIs hash the article id) and the entity graph holds the rest, so sums are distinct counts."""

    def __init__(self) -> None:
        self.triples = 0
        self.entities = 0
        self.classes: dict[str, int] = {}

    def add(self, graph: Graph) -> None:
        self.triples += len(graph)
        typed: set = set()
        for subject, _, cls in graph.triples((None, RDF.type, None)):
            self.classes[str(cls)] = self.classes.get(str(cls), 0) + 1
            typed.add(subject)
        self.entities += len(typed)

    def void(self, **meta) -> Graph:
        return void_from_counts(self.triples, self.entities, self.classes, **meta)


def _validate_or_raise(graphs: list[Graph], target: str) -> None:
    """SHACL-check the union of the built graphs; nothing is written when they do not conform."""
    from kg.errors import ValidationError
    from kg.validate import validate_graph

    union = Graph()
    for graph in graphs:
        union += graph
    result = validate_graph(union)
    if not result.conforms:
        first = result.errors[0].line() if result.errors else "see kg validate"
        raise ValidationError(
            f"{target}: the graph does not conform to ontology/shapes.ttl ({len(result.errors)} violations; "
            f"first: {first}); nothing was written - please report this as a bug"
        )
