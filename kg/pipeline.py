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

from rdflib import Graph

from kg.build import ENTITY_GRAPH, ArticleGraphs, GraphBuilder
from kg.extract.acts import extract_acts
from kg.extract.alliances import extract_alliances
from kg.extract.mentions import MentionFinder
from kg.extract.sentences import split_sentences
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.link import link_mentions
from kg.model import Article, Extraction
from kg.void import VOID_GRAPH_IRI, void_description


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

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            yield self.process(article)


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
) -> BuildReport:
    """Read every input, extract, link and build, then write ``output`` and/or update the store at ``store_dir``.

    Nothing is written unless every article was read: the file is written atomically at the end.
    """

    from kg.read import read_articles
    from kg.serialise import format_for, write_graphs

    if output is None and store_dir is None:
        raise ValueError("build needs an output file or a store")
    inputs = [str(name) for name in inputs]
    if output is not None:
        format_for(Path(output))  # fail on an unknown format before reading anything
    pipeline = pipeline or Pipeline()
    report = BuildReport(output=output, store=store_dir, warnings=[])
    graphs: list[Graph] = []
    entities = Graph(identifier=ENTITY_GRAPH)
    for result in pipeline.run(read_articles(inputs)):
        extraction = result.extraction
        report.articles += 1
        report.acts += len(extraction.acts)
        report.mentions += len(extraction.mentions)
        report.alliances += len(extraction.alliances)
        report.warnings.extend(extraction.warnings)
        graphs.append(result.graphs.article)
        entities += result.graphs.entities
    report.triples = sum(len(g) for g in graphs) + len(entities)
    if validate:
        _validate_or_raise([*graphs, entities], output or store_dir or "the build")
        report.validated = True
    sources = sorted({Path(name).name for name in inputs if name != "-"} | ({"stdin"} if "-" in inputs else set()))
    if output is not None:
        write_graphs([*graphs, entities], Path(output))
        union = Graph()
        for graph in (*graphs, entities):
            union += graph
        write_graphs([void_description(union, sources=sources, licence=LICENCE)], void_path(Path(output)))
    if store_dir is not None:
        from kg.store import Store

        with Store.open(store_dir) as store:
            store.replace_article_graphs({g.identifier: g for g in graphs})
            store.add_to_graph(ENTITY_GRAPH, entities)
            described = void_description(store, sources=sources, licence=LICENCE)
            store.replace_article_graphs({VOID_GRAPH_IRI: described})
    return report


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
