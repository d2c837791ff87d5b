"""Extraction stage: mentions, acts, dates and alliances read from sentences."""

from __future__ import annotations
