"""Shared pytest fixtures. Server fixtures live in tests/servers.py."""

from __future__ import annotations

from tests.servers import oxigraph_server, virtuoso

__all__ = ["oxigraph_server", "virtuoso"]
