"""The kg ontology as shipped inside the package, and the table of act kinds read from it.

The Turtle files in ``ontology/`` are the single source of truth; the package reaches them
through the ``kg/ontology`` link (``kg/ontology -> ../ontology``), which setuptools copies
as package data. Nothing here reads outside the installed package.

>>> act_kinds()["Visit"].main_cameo
'042'
>>> kind_for_cameo("0421"), kind_for_cameo("036"), kind_for_cameo("04")
('Visit', 'Invitation', 'Consultation')
>>> cameo_root("1123")
'11'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.namespace import KG

ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"
CORE_FILE = ONTOLOGY_DIR / "kg.ttl"
ACT_KINDS_FILE = ONTOLOGY_DIR / "act_kinds.ttl"
ALIGNMENTS_FILE = ONTOLOGY_DIR / "alignments.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

# The files that define the vocabulary (what the reasoner and SHACL's class checks need).
VOCABULARY_FILES = (CORE_FILE, ACT_KINDS_FILE)

ROOT_KIND = "DiplomaticAct"

_CAMEO_CODE = re.compile(r"^[0-9]{2,4}$")
_CAMEO_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))


@dataclass(frozen=True)
class ActKind:
    """One act-kind class of ``act_kinds.ttl``.

    ``cameo_codes`` starts with ``main_cameo``, then the other codes in order; ``parent``
    is the local name of the kind's superclass (``DiplomaticAct`` for the top kinds);
    ``plover`` is None where CAMEO2PLOVER has no type for the main code (roots 01 and 02).
    """

    name: str
    label: str
    main_cameo: str
    cameo_codes: tuple[str, ...]
    plover: str | None
    goldstein: float
    parent: str

    @property
    def iri(self) -> URIRef:
        return KG[self.name]

    @property
    def cameo_root(self) -> str:
        return cameo_root(self.main_cameo)


def ontology_files(*, alignments: bool = False, shapes: bool = False) -> tuple[Path, ...]:
    """Paths of the ontology files: the vocabulary, and on request the alignments and shapes."""
    files = list(VOCABULARY_FILES)
    if alignments:
        files.append(ALIGNMENTS_FILE)
    if shapes:
        files.append(SHAPES_FILE)
    return tuple(files)


@cache
def _parsed(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def _union(paths: tuple[Path, ...]) -> Graph:
    # Callers get their own graph: the parsed files are cached and must not be changed.
    graph = Graph()
    for path in paths:
        graph += _parsed(path)
    graph.bind("kg", KG)
    return graph


def load_ontology(*, alignments: bool = False) -> Graph:
    """A new graph holding kg.ttl and act_kinds.ttl (and alignments.ttl on request)."""
    return _union(ontology_files(alignments=alignments))


def load_shapes() -> Graph:
    """A new graph holding the SHACL shapes of shapes.ttl."""
    return _union((SHAPES_FILE,))


def _local_name(iri: URIRef) -> str:
    text = str(iri)
    if not text.startswith(str(KG)):
        raise ValueError(f"{text} is not a term of the kg ontology")
    return text[len(str(KG)) :]


@lru_cache(maxsize=1)
def _act_kinds() -> dict[str, ActKind]:
    graph = _union(VOCABULARY_FILES)
    kinds: dict[str, ActKind] = {}
    for kind_iri in sorted(set(graph.subjects(KG.kindMainCameoCode, None))):
        if not isinstance(kind_iri, URIRef) or (kind_iri, RDF.type, OWL.Class) not in graph:
            continue
        name = _local_name(kind_iri)
        main = str(graph.value(kind_iri, KG.kindMainCameoCode))
        others = sorted(str(code) for code in graph.objects(kind_iri, KG.kindCameoCode) if str(code) != main)
        parents = sorted(
            _local_name(parent)
            for parent in graph.objects(kind_iri, RDFS.subClassOf)
            if isinstance(parent, URIRef) and str(parent).startswith(str(KG))
        )
        label = graph.value(kind_iri, RDFS.label)
        plover = graph.value(kind_iri, KG.kindPloverType)
        goldstein = graph.value(kind_iri, KG.goldstein)
        if not parents or label is None or not isinstance(goldstein, Literal):
            raise ValueError(f"{ACT_KINDS_FILE.name}: act kind {name} needs a parent, a label and a goldstein")
        kinds[name] = ActKind(
            name=name,
            label=str(label),
            main_cameo=main,
            cameo_codes=(main, *others),
            plover=str(plover) if plover is not None else None,
            goldstein=float(goldstein.toPython()),
            parent=parents[0],
        )
    return kinds


def act_kinds() -> dict[str, ActKind]:
    """The act kinds of act_kinds.ttl by local name (``"Visit"``), read once and cached."""
    return dict(_act_kinds())


def _depth(name: str, kinds: dict[str, ActKind]) -> int:
    depth = 0
    while name in kinds:
        name = kinds[name].parent
        depth += 1
    return depth


@lru_cache(maxsize=1)
def _kind_by_code() -> dict[str, str]:
    """The kind each CAMEO code of act_kinds.ttl stands for, when several kinds list it.

    A kind whose main code is the code wins over kinds that merely include it; among those,
    the most general kind wins (040 is a Consultation, not a Meeting; 150 a MilitaryDisplay,
    not a WeaponsTest: the subclass needs words the code does not give), then the kind with
    more codes (010 is a PublicStatement, not a Letter). Among kinds that only include the
    code, the most specific one wins (166 is a DiplomatExpulsion, not a ReductionOfRelations).
    """
    kinds = _act_kinds()
    candidates: dict[str, list[ActKind]] = {}
    for kind in kinds.values():
        for code in kind.cameo_codes:
            candidates.setdefault(code, []).append(kind)
    chosen: dict[str, str] = {}
    for code, listing in candidates.items():
        as_main = [kind for kind in listing if kind.main_cameo == code]
        if as_main:
            best = min(as_main, key=lambda k: (_depth(k.name, kinds), -len(k.cameo_codes), k.name))
        else:
            best = min(listing, key=lambda k: (-_depth(k.name, kinds), len(k.cameo_codes), k.name))
        chosen[code] = best.name
    return chosen


def cameo_root(code: str) -> str:
    """The two-digit root (``"01"`` to ``"20"``) of a CAMEO code of two to four digits.

    Raises ValueError for anything else.
    """
    if not isinstance(code, str) or not _CAMEO_CODE.match(code) or code[:2] not in _CAMEO_ROOTS:
        raise ValueError(f"{code!r} is not a CAMEO code: expected 2 to 4 digits starting with 01 to 20")
    return code[:2]


def kind_for_cameo(code: str) -> str:
    """The local name of the most specific act kind for a CAMEO code.

    Tries the code itself, then its three-digit parent, then the root's main code
    (``"0421"`` -> ``"042"``; ``"04"`` -> ``"040"``), and falls back to ``DiplomaticAct``
    when no kind lists any of them. Raises ValueError for a malformed code.
    """
    root = cameo_root(code)
    by_code = _kind_by_code()
    for candidate in (code, code[:3], root + "0"):
        if candidate in by_code:
            return by_code[candidate]
    return ROOT_KIND
