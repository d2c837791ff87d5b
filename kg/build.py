"""Build stage: one article's extraction -> an RDF graph with provenance and stable IRIs.

Linked entities are named by their Wikidata IRI; everything minted (articles,
sentences, mentions, acts, holdings, alliances) is named by a hash of its content,
so the same input always gives the same graph. Facts carry qualifiers (dates,
modality) and references (article, sentence, offsets, rule id, confidence).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.gazetteer import Gazetteer
from kg.model import Act, AllianceClaim, Article, Extraction, Mention, Sentence
from kg.namespace import KG, KGR, WD

ROLE_TERMS = {
    "head_of_state": KG.HeadOfState,
    "head_of_government": KG.HeadOfGovernment,
    "foreign_minister": KG.ForeignMinister,
    "defence_minister": KG.DefenceMinister,
    "party_leader": KG.PartyLeader,
    "other": KG.OtherOffice,
}


# Facts about states, people, offices, holdings and organisations hold whatever article names them: they go in
# one shared named graph, so that a store's union of graphs holds each once (Oxigraph 0.5 does not collapse
# duplicate triples across graphs in its union default graph, and joins then multiply).
ENTITY_GRAPH = KGR["graph/entities"]
ENTITY_CLASSES = (KG.State, KG.Person, KG.Office, KG.OfficeHolding, KG.InternationalOrganisation)


@dataclass
class ArticleGraphs:
    """What one article adds: its own named graph, and facts about the entities it names."""

    article: Graph
    entities: Graph


def content_hash(*parts: object) -> str:
    """A short, stable hash of the parts: the local name of minted IRIs."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article/{quote(article_id, safe='')}"]


def wikidata(qid: str) -> URIRef:
    return WD[qid]


def person_iri(mention: Mention) -> URIRef:
    if mention.qid:
        return wikidata(mention.qid)
    name = mention.label or mention.text
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "person"
    return KGR[f"person/{slug}-{content_hash(name, mention.state_qid)[:8]}"]


class _Triples:
    """The triples of one article while they are built: a set with rdflib's ``add`` (cheaper than a Graph)."""

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self.triples: set[tuple] = set()

    def add(self, triple: tuple) -> None:
        self.triples.add(triple)


class GraphBuilder:
    """Turns extractions into RDF; the gazetteer supplies labels of states, offices and organisations."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def article_graphs(self, extraction: Extraction) -> ArticleGraphs:
        """The article's named graph and the entity facts, split by subject."""
        combined = self._combined_triples(extraction)
        entity_classes = set(ENTITY_CLASSES)
        entity_nodes = {s for s, p, o in combined.triples if p == RDF.type and o in entity_classes}
        article = Graph(identifier=combined.identifier)
        entities = Graph(identifier=ENTITY_GRAPH)
        # one addN per graph: rdflib's per-triple add is the build's main cost
        article.addN((s, p, o, article) for s, p, o in combined.triples if s not in entity_nodes)
        entities.addN((s, p, o, entities) for s, p, o in combined.triples if s in entity_nodes)
        return ArticleGraphs(article, entities)

    def _combined_triples(self, extraction: Extraction) -> _Triples:
        article = extraction.article
        graph = _Triples(article_iri(article.id))
        node = article_iri(article.id)
        graph.add((node, RDF.type, KG.Article))
        graph.add((node, KG.articleId, Literal(article.id)))
        if article.title:
            graph.add((node, KG.title, Literal(article.title)))
        if article.date:
            graph.add((node, KG.publishedOn, Literal(article.date, datatype=XSD.date)))
        if article.source:
            graph.add((node, KG.sourceName, Literal(article.source)))
        if article.url:
            graph.add((node, KG.url, Literal(article.url, datatype=XSD.anyURI)))
        graph.add((node, KG.language, Literal(article.language)))

        sentences = {s.index: s for s in extraction.sentences}
        used_sentences: set[int] = set()
        mention_nodes: dict[int, URIRef] = {}
        for mention in extraction.mentions:
            mention_nodes[id(mention)] = self._mention(graph, article, mention, sentences[mention.sentence])
            used_sentences.add(mention.sentence)
        for act in extraction.acts:
            self._act(graph, article, act, sentences[act.sentence], mention_nodes)
            used_sentences.add(act.sentence)
        for claim in extraction.alliances:
            self._alliance(graph, article, claim, sentences[claim.sentence])
            used_sentences.add(claim.sentence)
        for index in sorted(used_sentences):
            self._sentence(graph, article, sentences[index])
        return graph

    # ------------------------------------------------------------------ pieces

    def _sentence_iri(self, article: Article, sentence: Sentence) -> URIRef:
        return KGR[f"sentence/{content_hash(article.id, sentence.start, sentence.end)}"]

    def _sentence(self, graph: _Triples, article: Article, sentence: Sentence) -> None:
        node = self._sentence_iri(article, sentence)
        graph.add((node, RDF.type, KG.Sentence))
        graph.add((node, KG.inArticle, article_iri(article.id)))
        graph.add((node, KG.sentenceIndex, Literal(sentence.index)))
        graph.add((node, KG.startOffset, Literal(sentence.start)))
        graph.add((node, KG.endOffset, Literal(sentence.end)))
        graph.add((node, KG.text, Literal(sentence.text)))

    def _state(self, graph: _Triples, qid: str) -> URIRef:
        node = wikidata(qid)
        graph.add((node, RDF.type, KG.State))
        entry = self.gazetteer.states.get(qid)
        if entry is not None:
            graph.add((node, RDFS.label, Literal(entry.name, lang="en")))
            if entry.iso3:
                graph.add((node, KG.isoCode, Literal(entry.iso3)))
        return node

    def _organisation(self, graph: _Triples, qid: str, label: str | None) -> URIRef:
        node = wikidata(qid)
        graph.add((node, RDF.type, KG.InternationalOrganisation))
        entry = self.gazetteer.organisations.get(qid)
        name = entry.name if entry else label
        if name:
            graph.add((node, RDFS.label, Literal(name, lang="en")))
        return node

    def _mention(self, graph: _Triples, article: Article, mention: Mention, sentence: Sentence) -> URIRef:
        referent = self._referent(graph, mention)
        node = KGR[f"mention/{content_hash(article.id, mention.start, mention.end, mention.kind, referent)}"]
        graph.add((node, RDF.type, KG.Mention))
        graph.add((node, KG.inArticle, article_iri(article.id)))
        graph.add((node, KG.inSentence, self._sentence_iri(article, sentence)))
        graph.add((node, KG.startOffset, Literal(mention.start)))
        graph.add((node, KG.endOffset, Literal(mention.end)))
        graph.add((node, KG.text, Literal(mention.text)))
        graph.add((node, KG.mentionKind, Literal(mention.form)))
        graph.add((node, KG.rule, Literal(mention.rule)))
        graph.add((node, KG.confidence, _decimal(mention.confidence)))
        graph.add((node, KG.refersTo, referent))
        if mention.kind == "person" and mention.state_qid:
            graph.add((node, KG.asHolding, self._holding(graph, mention, referent)))
        return node

    def _referent(self, graph: _Triples, mention: Mention) -> URIRef:
        if mention.kind == "state":
            return self._state(graph, mention.qid or mention.state_qid or "")
        if mention.kind == "org":
            return self._organisation(graph, mention.qid or "", mention.text)
        node = person_iri(mention)
        graph.add((node, RDF.type, KG.Person))
        if mention.state_qid:
            graph.add((node, RDF.type, KG.Leader))
        graph.add((node, RDFS.label, Literal(mention.label or mention.text, lang="en")))
        return node

    def _holding(self, graph: _Triples, mention: Mention, person: URIRef) -> URIRef:
        state = self._state(graph, mention.state_qid or "")
        node = KGR[
            "holding/"
            + content_hash(person, mention.office_qid or mention.office_title, mention.state_qid, mention.holding_start)
        ]
        graph.add((node, RDF.type, KG.OfficeHolding))
        graph.add((node, KG.holder, person))
        graph.add((person, KG.holds, node))
        graph.add((node, KG.forState, state))
        graph.add((node, KG.role, ROLE_TERMS.get(mention.role or "other", KG.OtherOffice)))
        if mention.office_title:
            graph.add((node, KG.officeTitle, Literal(mention.office_title)))
        if mention.office_qid:
            office = wikidata(mention.office_qid)
            graph.add((node, KG.office, office))
            graph.add((person, KG.holdsOffice, office))
            graph.add((office, RDF.type, KG.Office))
            graph.add((office, KG.forState, state))
            graph.add((office, KG.role, ROLE_TERMS.get(mention.role or "other", KG.OtherOffice)))
            if mention.office_title:
                graph.add((office, RDFS.label, Literal(mention.office_title, lang="en")))
        start, start_precision = _widen(mention.holding_start, end=False)
        end, end_precision = _widen(mention.holding_end, end=True)
        if start:
            graph.add((node, KG.startDate, Literal(start, datatype=XSD.date)))
        if end:
            graph.add((node, KG.endDate, Literal(end, datatype=XSD.date)))
        precision = start_precision or end_precision
        if precision:
            graph.add((node, KG.datePrecision, Literal(precision)))
        return node

    def _act(
        self, graph: _Triples, article: Article, act: Act, sentence: Sentence, mention_nodes: dict[int, URIRef]
    ) -> None:
        node = KGR[
            "act/"
            + content_hash(
                article.id, act.trigger_start, act.actor, act.kind, act.cameo, ",".join(act.targets), act.modality
            )
        ]
        graph.add((node, RDF.type, KG.DiplomaticAct))
        for kind in [act.kind, *act.extra_kinds]:
            graph.add((node, RDF.type, KG[kind]))
        graph.add((node, KG.inArticle, article_iri(article.id)))
        graph.add((node, PROV.wasDerivedFrom, article_iri(article.id)))
        graph.add((node, KG.evidence, self._sentence_iri(article, sentence)))
        graph.add((node, KG.actor, self._state(graph, act.actor)))
        for target in act.targets:
            graph.add((node, KG.target, self._state(graph, target)))
        graph.add((node, KG.cameoCode, Literal(act.cameo)))
        graph.add((node, KG.cameoRoot, Literal(act.cameo[:2])))
        graph.add((node, KG.modality, KG[act.modality.value]))
        graph.add((node, KG.symmetric, Literal(act.symmetric)))
        graph.add((node, KG.trigger, Literal(act.trigger)))
        graph.add((node, KG.rule, Literal(act.rule)))
        graph.add((node, KG.confidence, _decimal(act.confidence)))
        if act.date is not None:
            graph.add((node, KG.date, Literal(act.date.value, datatype=XSD.date)))
            graph.add((node, KG.dateGranularity, KG[act.date.granularity.value]))
            graph.add((node, KG.dateText, Literal(act.date.text)))
        if act.place_qid:
            graph.add((node, KG.place, self._state(graph, act.place_qid)))
        if act.place_name:
            graph.add((node, KG.placeName, Literal(act.place_name)))
        if act.quote:
            graph.add((node, KG.quote, Literal(act.quote)))
        for mention in act.mentions:
            mention_node = mention_nodes.get(id(mention))
            if mention_node is not None:
                graph.add((node, KG.mention, mention_node))
                if mention.kind == "person" and mention.state_qid == act.actor:
                    graph.add((node, KG.actorAgent, person_iri(mention)))
                elif mention.kind == "person" and mention.state_qid in act.targets:
                    graph.add((node, KG.targetAgent, person_iri(mention)))

    def _alliance(self, graph: _Triples, article: Article, claim: AllianceClaim, sentence: Sentence) -> None:
        members = sorted(set(claim.members))
        # one alliance node per article's claim: members and kind are what that article states
        node = KGR[f"alliance/{content_hash(article.id, claim.kind, claim.organisation, ','.join(members))}"]
        graph.add((node, RDF.type, KG.Alliance))
        for member in members:
            graph.add((node, KG.member, self._state(graph, member)))
        graph.add((node, KG.allianceKind, KG[claim.kind]))
        if claim.organisation:
            graph.add((node, KG.organisation, self._organisation(graph, claim.organisation, claim.organisation_label)))
        graph.add((node, KG.inArticle, article_iri(article.id)))
        graph.add((node, KG.evidence, self._sentence_iri(article, sentence)))
        graph.add((node, KG.rule, Literal(claim.rule)))
        graph.add((node, KG.confidence, _decimal(claim.confidence)))


def _decimal(value: float) -> Literal:
    """A confidence as an xsd:decimal literal (a Python float would be typed, and checked, as a double)."""
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def _widen(value: str | None, *, end: bool) -> tuple[dt.date | None, str | None]:
    """A Wikidata-precision date ("1997", "1997-03", "1997-03-14") as a day, widened to its first or last day."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return (dt.date(year, 12, 31) if end else dt.date(year, 1, 1)), "year"
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            if not end:
                return dt.date(year, month, 1), "month"
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return following - dt.timedelta(days=1), "month"
        return dt.date.fromisoformat(value[:10]), "day"
    except ValueError:
        return None, None
