"""Rebuild kg/data/rules/state_descriptions.jsonl: the states a description such as "the African country" or
"the Himalayan kingdom" may stand for (run from the repository root).

    python scripts/build_state_descriptions.py [--shared ../shared] [-o kg/data/rules/state_descriptions.jsonl]

Continents and UN subregions come from Natural Earth's admin-0 table
(../shared/gazetteer/states/naturalearth_admin0_countries.csv, columns WIKIDATAID, CONTINENT, SUBREGION); the
narrower regions (the Caucasus, the Balkans, the Gulf...) are listed here by hand, as facts of geography.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "kg" / "data" / "rules" / "state_descriptions.jsonl"

# adjective -> (Natural Earth column, value); a description names a state of that continent or subregion
FROM_NATURAL_EARTH = {
    "African": ("CONTINENT", "Africa"),
    "Asian": ("CONTINENT", "Asia"),
    "European": ("CONTINENT", "Europe"),
    "South American": ("CONTINENT", "South America"),
    "Latin American": ("CONTINENT", "South America"),
    "Southeast Asian": ("SUBREGION", "South-Eastern Asia"),
    "Central Asian": ("SUBREGION", "Central Asia"),
    "South Asian": ("SUBREGION", "Southern Asia"),
    "East African": ("SUBREGION", "Eastern Africa"),
    "West African": ("SUBREGION", "Western Africa"),
    "North African": ("SUBREGION", "Northern Africa"),
    "Central American": ("SUBREGION", "Central America"),
    "Caribbean": ("SUBREGION", "Caribbean"),
}
# narrower regions, by hand
BY_HAND = {
    "Caucasus": ["Q230", "Q399", "Q227"],
    "Himalayan": ["Q837", "Q917"],
    "Balkan": ["Q222", "Q225", "Q219", "Q224", "Q1246", "Q236", "Q221", "Q403", "Q218", "Q215", "Q41"],
    "Baltic": ["Q191", "Q211", "Q37"],
    "Gulf": ["Q398", "Q817", "Q842", "Q846", "Q851", "Q878", "Q794", "Q796"],
    "Nordic": ["Q35", "Q33", "Q189", "Q20", "Q34"],
    "Scandinavian": ["Q35", "Q20", "Q34"],
    "Andean": ["Q750", "Q739", "Q736", "Q419", "Q298", "Q717"],
    "Horn of Africa": ["Q115", "Q1045", "Q977", "Q986"],
}
NOUNS = "country|nation|state|kingdom|republic|emirate|monarchy|sultanate|archipelago|island nation|island state"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder holding gazetteer/")
    parser.add_argument("-o", "--output", type=Path, default=OUT, help="file to write")
    args = parser.parse_args(argv)
    table = args.shared / "gazetteer" / "states" / "naturalearth_admin0_countries.csv"
    with table.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("WIKIDATAID", "").startswith("Q")]
    names = {row["WIKIDATAID"]: row["NAME"] for row in rows}
    entries = []
    for adjective, (column, value) in FROM_NATURAL_EARTH.items():
        members = sorted({row["WIKIDATAID"] for row in rows if row[column] == value}, key=lambda q: int(q[1:]))
        entries.append((adjective, members, f"Natural Earth admin-0 {column} = {value}"))
    for adjective, members in BY_HAND.items():
        entries.append((adjective, members, "listed in scripts/build_state_descriptions.py"))
    with args.output.open("w", encoding="utf-8") as out:
        for adjective, members, source in entries:
            example = next(q for q in members if q in names)
            entry = {
                "id": "description." + adjective.lower().replace(" ", "-"),
                "adjective": adjective,
                "nouns": NOUNS,
                "states": members,
                "source": source,
                # sentences written for the test of each description (tests/test_linking.py)
                "examples": [
                    {
                        "text": f"Officials in {names[example]} spoke on Monday. "
                        f"Envoys praised the {adjective} country.",
                        "state": example,
                    }
                ],
                "counter_examples": [
                    {
                        "text": f"Envoys praised the {adjective} country on Monday.",
                        "why": "no state of the region named before",
                    }
                ],
            }
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{args.output}: {len(entries)} descriptions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
