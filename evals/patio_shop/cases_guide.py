"""Advice cases: the buying guide, assembly and care, gas and fire safety, FAQ. Facts are read from
policies.py (what the pages are written from) and checked on the pages."""

import catalog
import policies as pol
from casekit import CATALOG_SOURCE, case, num, on_page, page_any, page_num
from common import ADDRESS_LINE, ADDRESS_SUBURB, EMAIL, PHONE, money

DEL, RET, WAR = "store/pages/delivery.html", "store/pages/returns.md", "store/pages/warranty.html"
GUIDE, CARE = "store/pages/buying-guide.html", "store/pages/assembly-and-care.md"
GAS, FAQ = "store/pages/gas-and-fire-safety.md", "store/pages/faq.html"


def _row(table, first):
    _header, rows = table
    return next(r for r in rows if r[0] == first)


def sizing():
    umb = _row(pol.GUIDE_UMBRELLA, "Up to 180 cm")
    sail = _row(pol.GUIDE_SAIL, "4.0–4.3 m")
    sail_big = _row(pol.GUIDE_SAIL, "5.5–5.8 m")
    bbq = _row(pol.GUIDE_BBQ, "8–12 or more")
    rug = _row(pol.GUIDE_RUG, "6-seater")
    fire = _row(pol.GUIDE_FIRE, "4–6")
    base = _row(pol.GUIDE_BASE, "Cabana 2.7 m")
    cover = next(
        v["opts"][0]
        for v in catalog.product("heavy-duty-dining-set-cover")["variants"]
        if int(v["opts"][0].split("up to ")[1].split(" ")[0]) >= 200
    )
    return [
        case(
            "sz-umbrella-180",
            ["sizing_advice", "umbrella"],
            "our table is 180cm long and seats 6, what size cabana umbrella should we get?",
            "answer",
            [on_page(GUIDE, umb[2])],
            (),
            [GUIDE],
            f"The guide says {umb[2]} for a table up to 180 cm.",
        ),
        case(
            "sz-sail-42",
            ["sizing_advice", "shade_sail"],
            "posts are 4.2 m apart, which square sail do i get?",
            "answer",
            [on_page(GUIDE, sail[1])],
            (),
            [GUIDE],
            f"4.2 m falls in the {sail[0]} row: the {sail[1]} sail.",
        ),
        case(
            "sz-sail-tri-57",
            ["sizing_advice", "shade_sail", "lowercase"],
            "ive got 5.7m between my fixing points, what triangle sail fits",
            "answer",
            [on_page(GUIDE, sail_big[2])],
            (),
            [GUIDE],
            f"5.7 m is in the {sail_big[0]} row: the {sail_big[2]} triangle.",
        ),
        case(
            "sz-cover-200",
            ["sizing_advice", "covers"],
            "dining table is 200cm long, which size cover?",
            "answer",
            [on_page(GUIDE, cover.split(" – ")[0])],
            (),
            [GUIDE, CATALOG_SOURCE],
            f"The {cover} dining set cover.",
        ),
        case(
            "sz-bbq-10",
            ["sizing_advice", "bbq", "chatty"],
            "we usually cook for about 10 people, should i get the 4 or the 6 burner?",
            "answer",
            [[f"{bbq[1]} burner", f"{bbq[1]}-burner", "six burner", "six-burner"]],
            (),
            [GUIDE],
            f"The guide says {bbq[1]} burners for {bbq[0]} people ({bbq[2]}).",
        ),
        case(
            "sz-rug-6",
            ["sizing_advice", "rug"],
            "what size rug goes under a 6 seater dining setting?",
            "answer",
            [on_page(GUIDE, rug[1])],
            (),
            [GUIDE],
            f"{rug[1]} for a 6-seater. {pol.GUIDE_RUG_RULE}",
        ),
        case(
            "sz-firepit-5",
            ["sizing_advice", "fire_pit", "typo"],
            "firepit for 5 or 6 of us, what diamter should i get?",
            "answer",
            [on_page(GUIDE, fire[1])],
            (),
            [GUIDE],
            f"{fire[1]} for {fire[0]} people.",
        ),
        case(
            "sz-base-freestanding",
            ["sizing_advice", "umbrella_base"],
            "what base do i need for the 2.7m cabana if it's not going through a table",
            "answer",
            [num(float(base[2].split(" ")[0]))],
            (),
            [GUIDE],
            f"Freestanding Cabana 2.7 m: a {base[2]} base.",
        ),
    ]


def assembly_care():
    asm = catalog.variant("assembly-service", "Lounge or Daybed")
    c = pol.CARE
    diy = dict(c["diy"])
    return [
        case(
            "ac-assembly-where",
            ["assembly_care", "assembly", "chatty"],
            "do you guys offer assembly? we're in brisbane",
            "answer",
            [page_any(CARE, "Zones 1 and 2", "Brisbane Metro", "Zone 1")],
            (),
            [CARE],
            c["assembly_zones"],
        ),
        case(
            "ac-assembly-lounge",
            ["assembly_care", "assembly", "price"],
            "how much to get a lounge assembled?",
            "answer",
            [num(asm["price"])],
            (),
            [CARE, CATALOG_SOURCE],
            f"Assembly Service for a lounge or daybed: {money(asm['price'])}.",
        ),
        case(
            "ac-teak",
            ["assembly_care", "care", "teak", "typo"],
            "how often should i treat teak furnature?",
            "answer",
            [page_any(CARE, "twice a year", "two times a year", "spring and autumn")],
            (),
            [CARE],
            c["teak"],
        ),
        case(
            "ac-cushion-wash",
            ["assembly_care", "care", "cushions"],
            "can the cushion covers go in the washing machine?",
            "answer",
            [page_any(CARE, "30°C", "30 °C", "30 degrees", "cold machine wash")],
            (),
            [CARE],
            c["cushions"],
        ),
        case(
            "ac-umbrella-wind",
            ["assembly_care", "care", "umbrella"],
            "is it ok to leave the umbrella up when its windy?",
            "answer",
            [on_page(CARE, "30 km/h")],
            (),
            [CARE],
            c["umbrella"],
        ),
        case(
            "ac-bbq-clean",
            ["assembly_care", "care", "bbq"],
            "best way to clean the bbq after cooking?",
            "answer",
            [on_page(CARE, "15 minutes")],
            (),
            [CARE],
            c["bbq"],
        ),
        case(
            "ac-diy-emberpro",
            ["assembly_care", "assembly", "diy"],
            "how long does it take to put the ember pro together myself",
            "answer",
            [on_page(CARE, diy["Ember Pro Hooded BBQ"].replace("about ", ""))],
            (),
            [CARE],
            f"About {diy['Ember Pro Hooded BBQ'].replace('about ', '')}.",
        ),
    ]


def gas_fire():
    g = pol.GAS
    return [
        case(
            "gf-convert",
            ["gas_fire", "gas_type"],
            "can i convert my lpg ember pro to natural gas later on?",
            "answer",
            [
                page_any(
                    GAS,
                    "cannot be converted",
                    "can't be converted",
                    "can not be converted",
                    "can't convert",
                    "cannot convert",
                )
            ],
            (),
            [GAS],
            g["convert"],
        ),
        case(
            "gf-gasfitter",
            ["gas_fire", "natural_gas", "chatty"],
            "do i need a plumber to hook up the natural gas bbq or can i do it?",
            "answer",
            [on_page(GAS, "licensed gasfitter")],
            (),
            [GAS],
            g["gasfitter"],
        ),
        case(
            "gf-cylinder",
            ["gas_fire", "cylinders"],
            "can you send a gas bottle with the bbq?",
            "answer",
            [
                page_any(
                    GAS,
                    "don't sell or ship gas cylinders",
                    "don't sell",
                    "do not sell",
                    "don't ship gas",
                    "don't supply",
                )
            ],
            (),
            [GAS],
            g["cylinders"],
        ),
        case(
            "gf-clearance",
            ["gas_fire", "fire_pit", "lowercase"],
            "how far from the fence should the fire pit be",
            "answer",
            [num(g["clearance_m"])],
            (),
            [GAS],
            g["clearance"],
        ),
        case(
            "gf-deck",
            ["gas_fire", "fire_pit"],
            "can i put the corten fire pit on my timber deck?",
            "answer",
            [
                page_any(
                    GAS,
                    "never directly on a timber deck",
                    "non-combustible",
                    "not directly",
                    "never directly",
                )
            ],
            (),
            [GAS],
            g["surface"],
        ),
        case(
            "gf-fire-ban",
            ["gas_fire", "fire_ban"],
            "are we allowed to use the wood fired pizza oven during a total fire ban?",
            "answer",
            [page_any(GAS, "Don't light", "do not light", "not during a total fire ban", "shouldn't light")],
            (),
            [GAS],
            g["ban"],
        ),
    ]


def faq():
    f = pol.FAQ
    sat = dict(pol.HOURS)["Saturday"]
    return [
        case(
            "fq-phone",
            ["faq_contact", "phone"],
            "whats your phone number",
            "answer",
            [on_page(FAQ, PHONE.split(") ")[1])],
            (),
            [FAQ],
            f"Gives the phone number {PHONE}.",
        ),
        case(
            "fq-saturday",
            ["faq_contact", "hours"],
            "what time do you open on saturday?",
            "answer",
            [[on_page(FAQ, sat.split(" – ")[0]), "9am", "9 am", "9:00"]],
            (),
            [FAQ],
            f"Saturday: {sat}.",
        ),
        case(
            "fq-instalments",
            ["faq_contact", "payments"],
            "can i pay in instalments?",
            "answer",
            [page_any(FAQ, f["payment_word"], "Zip")],
            (),
            [FAQ],
            f"{f['payments']} {f['layby']}",
        ),
        case(
            "fq-showroom",
            ["faq_contact", "address"],
            "where's your showroom?",
            "answer",
            [on_page(FAQ, ADDRESS_LINE.split(", ")[1]), on_page(FAQ, ADDRESS_SUBURB)],
            (),
            [FAQ],
            f"Gives the address: {pol.FAQ['address']}.",
        ),
        case(
            "fq-gst",
            ["faq_contact", "tax", "abbrev"],
            "are your prices incl gst?",
            "answer",
            [
                page_any(
                    FAQ,
                    "include GST",
                    "includes GST",
                    "including GST",
                    "GST included",
                    "GST inclusive",
                    "inc GST",
                    "incl GST",
                )
            ],
            (),
            [FAQ],
            f["gst"],
        ),
        case(
            "fq-giftcard-expiry",
            ["faq_contact", "gift_card"],
            "do gift cards expire?",
            "answer",
            [page_num(FAQ, f["gift_years"])],
            (),
            [FAQ],
            f["gift"],
        ),
        case(
            "fq-email",
            ["faq_contact", "email"],
            "email address for customer service?",
            "answer",
            [on_page(FAQ, EMAIL)],
            (),
            [FAQ],
            f"Gives {EMAIL}.",
        ),
    ]
