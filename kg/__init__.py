"""kg: news articles about international affairs -> a Wikidata-linked RDF knowledge graph."""

from __future__ import annotations

__version__ = "0.1.0"
