"""Cases across the catalog (cheapest, dearest, what a kind holds, a budget), comparisons, facts
from product descriptions, and questions the shop's data does not answer."""
from __future__ import annotations

import re

from catalog import live_variants, offered, orderable, price_now, spec
from common import HEDGE, case, nfact

KINDS = {
    "tent": lambda p: p["category"] == "Tents",
    "sleeping bag": lambda p: p["category"] == "Sleeping Bags",
    "headlamp": lambda p: p["name"].endswith("Headlamp"),
    "backpack": lambda p: p["category"] == "Backpacks",
    "stove": lambda p: p["category"] == "Cooking > Stoves",
    "sleeping mat": lambda p: p["category"] == "Sleeping Mats",
    "water filter": lambda p: "Filter" in p["name"],
}


def _of_kind(cat, kind):
    return [p for p in cat if offered(p) and KINDS[kind](p)]


def _prices(p):
    return [price_now(v) for v in live_variants(p) if orderable(v)]


def _extreme(cat, kind, fn):
    best = None
    for p in _of_kind(cat, kind):
        for x in _prices(p):
            if best is None or fn(x, best[0]):
                best = (x, p)
    return best


def catalog_wide(cat) -> list[dict]:
    out = []
    lo = lambda a, b: a < b  # noqa: E731
    hi = lambda a, b: a > b  # noqa: E731
    for cid, kind, fn, msg, word in [
        ("cheapest-tent", "tent", lo, "what's your cheapest tent?", "cheapest"),
        ("dearest-bag", "sleeping bag", hi, "most expensive sleeping bag you sell?", "dearest"),
        ("cheapest-headlamp", "headlamp", lo, "cheapest headlamp?", "cheapest"),
        ("priciest-pack", "backpack", hi, "whats the priciest backpack you've got", "dearest"),
    ]:
        price, p = _extreme(cat, kind, fn)
        out.append(case(f"cat-{cid}", ["catalog", word], msg, action="answer",
                        facts=[p["name"], nfact(price)],
                        rubric=f"The {word} {kind} is the {p['name']} at ${price:.2f}."))
    stoves = _of_kind(cat, "stove")
    out.append(case("cat-stoves", ["catalog", "kind_list"], "what stoves do you sell?", action="answer",
                    facts=[p["name"] for p in stoves],
                    rubric="Lists the stoves: " + ", ".join(p["name"] for p in stoves) + "."))
    filters = _of_kind(cat, "water filter")
    out.append(case("cat-filters", ["catalog", "kind_list"], "do you have water filters?", action="answer",
                    facts=[p["name"] for p in filters],
                    rubric="Lists the water filters: " + ", ".join(p["name"] for p in filters) + "."))
    cheap = [p for p in _of_kind(cat, "sleeping mat") if _prices(p) and min(_prices(p)) < 100]
    out.append(case("cat-mats-under-100", ["catalog", "budget"], "any sleeping mats under $100?",
                    action="answer", facts=[p["name"] for p in cheap] + [nfact(min(_prices(cheap[0])))],
                    rubric="Only " + ", ".join(p["name"] for p in cheap) + " is under $100."))
    return out


def _grams(text: str, which: str | None = None) -> float:
    """A weight line read in grams; `which` picks the part of a per-version line ('2-person')."""
    if which:
        text = [part for part in text.split(";") if which in part][0]
    m = re.search(r"([\d.]+)\s*(kg|g)\b", text)
    value = float(m.group(1))
    return value * 1000 if m.group(2) == "kg" else value


def _weight_words(text: str, which: str | None = None) -> str:
    if which:
        text = [part for part in text.split(";") if which in part][0]
    return re.search(r"[\d.]+\s*(?:kg|g)\b", text).group(0)


def comparison(by) -> list[dict]:
    out = []
    piko, ember = by["piko"], by["ember"]
    lighter = min((piko, ember), key=lambda p: _grams(spec(p, "Weight")))
    out.append(case("cmp-piko-ember-weight", ["comparison", "weight"],
                    "which is lighter, the piko stove or the ember stove?", action="answer",
                    facts=[lighter["name"].split()[0], spec(piko, "Weight"), spec(ember, "Weight")],
                    rubric=f"The {lighter['name']} is lighter ({spec(piko, 'Weight')} vs {spec(ember, 'Weight')})."))
    a, b = by["gp400"], by["gp900"]
    out.append(case("cmp-glowpoint-brightness", ["comparison", "measure"],
                    "glowpoint 400 vs 900 - which one is brighter?", action="answer",
                    facts=[spec(a, "Output"), spec(b, "Output")],
                    rubric=f"The 900 ({spec(b, 'Output')}) is brighter than the 400 ({spec(a, 'Output')})."))
    foam, cloud = by["foam"], by["cloudrest"]
    cheaper = min((foam, cloud), key=lambda p: min(_prices(p)))
    out.append(case("cmp-foam-cloudrest-price", ["comparison", "price"],
                    "which is cheaper, the foam trail mat or the cloudrest?", action="answer",
                    facts=[cheaper["name"], nfact(min(_prices(cheaper)))],
                    rubric=f"The {cheaper['name']} (${min(_prices(cheaper)):.2f}) is cheaper."))
    al, su = by["alpine650"], by["summit850"]
    warmer = min((al, su), key=lambda p: int(spec(p, "Comfort rating").replace("°C", "")))
    out.append(case("cmp-bags-warmth", ["comparison", "temperature"],
                    "alpine 650 or summit 850 - which is warmer?", action="answer",
                    facts=[spec(al, "Comfort rating"), spec(su, "Comfort rating")],
                    rubric=f"The {warmer['name']} is warmer: comfort {spec(su, 'Comfort rating')} for the "
                           f"Summit 850 against {spec(al, 'Comfort rating')} for the Alpine 650."))
    kahu, tas = by["kahu"], by["tasman"]
    kw, tw = _weight_words(spec(kahu, "Weight")), _weight_words(spec(tas, "Weight"), "2-person")
    out.append(case("cmp-kahu-tasman-weight", ["comparison", "weight", "version"],
                    "kahu ultralight or the tasman trekker 2 person, which is lighter?", action="answer",
                    facts=[kw, tw],
                    rubric=f"The Kahu Ultralight 2P ({kw}) is lighter than the Tasman Trekker 2-person ({tw})."))
    return out


def product_facts(by) -> list[dict]:
    def s(key, name):
        return spec(by[key], name)
    fill = s("alpine650", "Fill")
    items = [
        ("kahu-fly", "what's the kahu ultralight's fly made of?", ["silnylon"], "kahu", "Fly"),
        ("summit-weight", "how much does the summit 850 weigh?",
         [_weight_words(s("summit850", "Weight"), "Regular")], "summit850", "Weight"),
        ("alpine-fill", "whats the fill in the alpine 650 bag", [fill.split(",")[0].split(" responsibly")[0], "duck down"],
         "alpine650", "Fill"),
        ("gp400-runtime", "how long does the glowpoint 400 battery last on low?",
         [s("gp400", "Run time").split(", ")[1].split(" on")[0]], "gp400", "Run time"),
        ("squeeze-micron", "what micron is the clearflow squeeze filter?",
         [s("squeeze", "Filter").split(" hollow")[0]], "squeeze", "Filter"),
        ("ulchair-load", "max weight the ultralight camp chair can take?", [s("ulchair", "Max load")],
         "ulchair", "Max load"),
    ]
    out = []
    for cid, msg, facts, key, label in items:
        out.append(case(f"pf-{cid}", ["product_facts"], msg, action="answer", facts=facts,
                        sources=[f"product:{by[key]['sku']}"],
                        rubric=f"{by[key]['name']}: {label} {spec(by[key], label)}."))
    fak = by["firstaid"]
    pick = [fak["box"][4], fak["box"][6], fak["box"][8]]
    out.append(case("pf-firstaid-contents", ["product_facts", "whats_included"],
                    "what's in the backcountry first aid kit?", action="answer", facts=pick,
                    sources=[f"product:{fak['sku']}"],
                    rubric="Lists the kit's contents: " + ", ".join(fak["box"]) + "."))
    em = by["ember"]
    out.append(case("pf-ember-box", ["product_facts", "whats_included"],
                    "what comes in the box with the ember stove system?", action="answer",
                    facts=[em["box"][2], em["box"][3]], sources=[f"product:{em['sku']}"],
                    rubric="In the box: " + ", ".join(em["box"]) + "."))
    return out


def unknown(by) -> list[dict]:
    rub = "The shop's data does not say: the reply says so or offers a person, and does not guess."
    asks = [
        ("tasman-pfas", "is the tasman trekker tent's waterproofing PFAS-free?"),
        ("gp400-origin", "where is the glowpoint 400 headlamp made?"),
        ("chilly-ice", "how many days will the icepack chilly bin keep ice frozen?"),
        ("merino-mulesing", "is the wool in the merino crew 200 mulesing-free?"),
        ("plb-bluetooth", "does the beacon one plb have bluetooth?"),
        ("twin-noise", "how loud is the twin burner camp stove?"),
    ]
    return [case(f"unk-{cid}", ["unknown"], msg, facts=[HEDGE], rubric=rub) for cid, msg in asks]


def cases(cat, by) -> list[dict]:
    return catalog_wide(cat) + comparison(by) + product_facts(by) + unknown(by)
