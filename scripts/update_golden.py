"""Rebuild the golden graph of the seed article: python scripts/update_golden.py

Run it after a deliberate change to extraction, read the diff of tests/golden/seed.masked.nq,
and commit both. Article text is masked (see kg/golden.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.golden import built_dataset, mask_text  # noqa: E402


def main() -> int:
    seed = REPO.parent / "shared" / "eval" / "seed.jsonl"
    lines = mask_text(built_dataset([seed])).serialize(format="nquads").splitlines()
    out = REPO / "tests" / "golden" / "seed.masked.nq"
    out.write_text("\n".join(sorted(set(line for line in lines if line.strip()))) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(lines)} quads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
