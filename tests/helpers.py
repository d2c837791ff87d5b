"""Paths and small helpers shared by the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "eval" / "seed.jsonl"
DEV = SHARED / "eval" / "dev.jsonl"


def run_kg(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the kg command line in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        timeout=600,
    )


XSD = "http://www.w3.org/2001/XMLSchema#"
# Datatypes whose values the query tests compare as numbers across engines.
NUMERIC_TYPES = {
    XSD + name
    for name in (
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}
