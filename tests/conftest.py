"""Shared pytest fixtures. Server fixtures live in tests/servers.py."""

from __future__ import annotations

import pytest

from tests.servers import oxigraph_server, virtuoso

__all__ = ["oxigraph_server", "virtuoso"]


@pytest.fixture(autouse=True, scope="session")
def _shipped_gazetteer_only(tmp_path_factory: pytest.TempPathFactory):
    """Tests read the gazetteer shipped in the package, never a user's refreshed copy."""
    missing = tmp_path_factory.mktemp("no-user-gazetteer") / "gazetteer.json.gz"
    patch = pytest.MonkeyPatch()
    patch.setenv("KG_GAZETTEER", str(missing))
    yield
    patch.undo()
