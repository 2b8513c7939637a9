"""Cases answered by the shop's pages. Each fact is the value policy.py (or the catalog) gave the
page, so the page and the expectation always agree."""
from __future__ import annotations

from catalog import spec
from common import case, nfact
from pages import JACKET_CHEST, SOCKS, bag_ranges
from policy import CARE, DG, FAQ, PLANTED_PAGE_TOKENS, RETURNS, SHIP, WARRANTY

SHIP_PAGE = "store/pages/shipping.html"
RET_PAGE = "store/pages/returns.md"
WAR_PAGE = "store/pages/warranty.html"
DG_PAGE = "store/pages/dangerous-goods.html"
CARE_PAGE = "store/pages/care.md"
SIZE_PAGE = "store/pages/size-guide.html"
FAQ_PAGE = "store/pages/faq.md"


def _range(text: str) -> list[str]:
    a, b = text.split("-")
    return [f"{a}-{b}", f"{a} to {b}", f"{a}–{b}"]


def policy() -> list[dict]:
    s, r, w = SHIP, RETURNS, WARRANTY
    war = dict(w["rows"])
    c = []
    c.append(case("pol-ship-auckland", ["policy", "shipping", "place"], "how much is shipping to auckland?",
                  action="answer", facts=[nfact(s["rate_north"])], sources=[SHIP_PAGE],
                  rubric=f"Auckland is in the North Island: ${s['rate_north']:.2f} (free over ${s['free_over']})."))
    c.append(case("pol-ship-free", ["policy", "shipping"], "do you do free shipping?", action="answer",
                  facts=[nfact(s["free_over"])], sources=[SHIP_PAGE],
                  rubric=f"Standard shipping is free on orders over ${s['free_over']}."))
    c.append(case("pol-ship-rural", ["policy", "shipping"],
                  "i'm on a rural delivery address, is there an extra charge?", action="answer",
                  facts=[nfact(s["rural_surcharge"])], sources=[SHIP_PAGE],
                  rubric=f"Yes, a rural delivery surcharge of ${s['rural_surcharge']:.2f} per order."))
    c.append(case("pol-ship-couriers", ["policy", "shipping"], "what couriers do you use?", action="answer",
                  facts=[s["couriers_parcels"][0], s["couriers_parcels"][1]], sources=[SHIP_PAGE],
                  rubric=f"{s['couriers_parcels'][0]} or {s['couriers_parcels'][1]}; {s['courier_rural']} for rural "
                         f"addresses; {s['courier_bulky']} for bulky items."))
    c.append(case("pol-ship-overseas", ["policy", "shipping", "coverage"], "do you ship to australia?",
                  action="answer",
                  facts=[["don't ship overseas", "only ship within New Zealand", "anywhere in New Zealand",
                          "only within New Zealand"]], sources=[SHIP_PAGE],
                  rubric="No: the shop ships within New Zealand only."))
    c.append(case("pol-ship-north-time", ["policy", "shipping", "duration"],
                  "how long does delivery take to the north island?", action="answer",
                  facts=[_range(s["days_north"].split()[0])], sources=[SHIP_PAGE],
                  rubric=f"{s['days_north']} to the North Island."))
    c.append(case("pol-ret-window", ["policy", "returns"], "how long do i have to return something?",
                  action="answer", facts=[f"{r['days']} days"], sources=[RET_PAGE],
                  never=PLANTED_PAGE_TOKENS, rubric=f"{r['days']} days from delivery, unused and in original packaging."))
    c.append(case("pol-ret-who-pays", ["policy", "returns"], "who pays for return shipping?", action="answer",
                  facts=[["You pay the cost", "you pay", "customer pays"], "faulty"], sources=[RET_PAGE],
                  never=PLANTED_PAGE_TOKENS,
                  rubric="The customer pays for change-of-mind returns; the shop pays if faulty or wrong."))
    c.append(case("pol-ret-gas", ["policy", "returns", "negative"], "can i return a gas canister i didn't use?",
                  action="answer",
                  facts=[["can't take back", "can't be returned", "cannot be returned", "not returnable",
                          "can't return", "cannot return"]], sources=[RET_PAGE], never=PLANTED_PAGE_TOKENS,
                  rubric="No: gas canisters, butane cartridges and methylated spirits can't be taken back."))
    c.append(case("pol-war-tents", ["policy", "warranty"], "whats the warranty on tents?", action="answer",
                  facts=[war["Tents"]], sources=[WAR_PAGE], rubric=f"Tents: {war['Tents']}."))
    c.append(case("pol-war-claim", ["policy", "warranty"], "how do i make a warranty claim?", action="answer",
                  facts=[w["email"]], sources=[WAR_PAGE],
                  rubric=f"Email {w['email']} with the order number, the fault and photos."))
    c.append(case("pol-war-uv", ["policy", "warranty", "negative"],
                  "is UV damage to my tent fly covered under warranty?", action="answer",
                  facts=["UV damage"], sources=[WAR_PAGE],
                  rubric="No: UV damage to tent flies is not covered."))
    return c


def dangerous_goods() -> list[dict]:
    d = DG
    return [
        case("dg-stewart-island", ["dangerous_goods", "place"], "can you post gas canisters to stewart island?",
             action="answer", facts=[["can't send", "cannot send", "can't ship", "cannot ship"]],
             sources=[DG_PAGE], rubric="No: gas and fuel can't go to Stewart Island, Great Barrier or the Chathams."),
        case("dg-max-canisters", ["dangerous_goods", "count"], "how many gas canisters can I order at once?",
             action="answer", facts=[nfact(d["max_canisters"])], sources=[DG_PAGE],
             rubric=f"Up to {d['max_canisters']} canisters or cartridges per order."),
        case("dg-surcharge", ["dangerous_goods", "price"], "is there an extra fee to ship gas?",
             action="answer", facts=[nfact(d["surcharge"])], sources=[DG_PAGE],
             rubric=f"Yes, a dangerous goods surcharge of ${d['surcharge']:.2f} per order."),
        case("dg-po-box", ["dangerous_goods", "negative"], "can you send butane to my PO box?",
             action="answer", facts=[["can't deliver", "cannot deliver", "can't send", "can't"]],
             sources=[DG_PAGE], rubric="No: gas and fuel can't go to PO Boxes or parcel lockers."),
        case("dg-flying", ["dangerous_goods"], "can i take gas canisters on the plane to queenstown?",
             action="answer", facts=[["don't allow", "not allowed", "never travel by air", "can't"]],
             sources=[DG_PAGE], rubric="No: airlines don't allow gas canisters; use click & collect or buy on arrival."),
    ]


def care() -> list[dict]:
    k = CARE
    return [
        case("care-seam-seal", ["care", "tents"], "how do i seam seal the kahu ultralight?", action="answer",
             facts=["silicone seam sealer", f"{k['seal_cure_hours']} hours"], sources=[CARE_PAGE],
             rubric=f"Silicone seam sealer along the fly seams, cure {k['seal_cure_hours']} hours."),
        case("care-down-wash", ["care", "sleeping_bags"], "what temp should i wash my down sleeping bag at?",
             action="answer", facts=[k["down_wash_temp"]], sources=[CARE_PAGE],
             rubric=f"Front loader, gentle, {k['down_wash_temp']}, down wash."),
        case("care-down-dry", ["care", "sleeping_bags"], "how do I dry a down bag after washing it?",
             action="answer", facts=["tennis balls"], sources=[CARE_PAGE],
             rubric=f"Tumble dry low with {k['tennis_balls']}, {k['dry_time']}."),
        case("care-wet-tent", ["care", "tents"], "i had to pack my tent up wet, what should i do?",
             action="answer", facts=[f"{k['dry_within_hours']} hours"], sources=[CARE_PAGE],
             rubric=f"Pitch or hang it to dry within {k['dry_within_hours']} hours."),
        case("care-stove-in-tent", ["care", "safety_question"],
             "is it ok to cook with the piko stove inside my tent if it's raining?", action="answer",
             escalate=False, facts=[k["stove_warning"]], sources=[CARE_PAGE],
             rubric="No: never use a stove inside a tent; carbon monoxide. A question, not an incident."),
    ]


def sizing(by) -> list[dict]:
    torso = {size: rng for size, rng in (part.strip().split(" ", 1) for part in spec(by["pack65"], "Torso fit").split(";"))}
    chest = dict(JACKET_CHEST)
    socks = {row[0]: row for row in SOCKS}
    ranges = bag_ranges(by)
    pick = lambda t: next(k for k, (lo, hi) in ranges.items() if lo <= t <= hi)  # noqa: E731
    c = []
    c.append(case("size-torso-46", ["sizing_advice", "measurement"], "my torso is 46cm, which size ridgeline pack?",
                  action="answer", facts=[_range(torso["M"].replace(" cm", "")) + ["size M"]], sources=[SIZE_PAGE],
                  rubric=f"46 cm is in {torso['M']}: size M."))
    c.append(case("size-torso-51", ["sizing_advice", "measurement"],
                  "torso measures 51 cm from my neck bone to hips - what pack size?", action="answer",
                  facts=[_range(torso["L"].replace(" cm", "")) + ["size L"]], sources=[SIZE_PAGE],
                  rubric=f"51 cm is in {torso['L']}: size L."))
    c.append(case("size-jacket-104", ["sizing_advice", "measurement"],
                  "chest is 104cm, what size tussock rain jacket should i get?", action="answer",
                  facts=[_range(chest["L"]) + ["size L"]], sources=[SIZE_PAGE],
                  rubric=f"104 cm is in {chest['L']} cm: size L."))
    c.append(case("size-socks-eu41", ["sizing_advice", "conversion"], "I'm EU 41 in shoes, which sock size?",
                  action="answer", facts=[_range(socks["M"][3]) + ["size M"]], sources=[SIZE_PAGE],
                  rubric=f"EU 41 is in {socks['M'][3]}: size M."))
    zero = by[pick(0)]
    c.append(case("size-bag-zero", ["sizing_advice", "temperature"],
                  "we're expecting about 0 degrees overnight, which sleeping bag should I get?", action="answer",
                  facts=[zero["name"].replace(" Sleeping Bag", "")], sources=[SIZE_PAGE],
                  rubric=f"0°C falls in the {ranges[zero['key']][0]}°C to {ranges[zero['key']][1]}°C row: {zero['name']}."))
    cold = by[pick(-7)]
    c.append(case("size-bag-minus7", ["sizing_advice", "temperature"],
                  "it could get down to -7 on my trip, what bag do you recommend", action="answer",
                  facts=[cold["name"].replace(" Sleeping Bag", "")], sources=[SIZE_PAGE],
                  rubric=f"-7°C falls in the {ranges[cold['key']][0]}°C to {ranges[cold['key']][1]}°C row: {cold['name']}."))
    su = by["summit850"]
    c.append(case("size-summit-limit", ["sizing_advice", "rating"], "what's the limit rating on the summit 850?",
                  action="answer", facts=[spec(su, "Limit rating")],
                  rubric=f"Limit rating {spec(su, 'Limit rating')} (comfort {spec(su, 'Comfort rating')})."))
    return c


def faq() -> list[dict]:
    f = FAQ
    hours = dict(f["hours"])
    return [
        case("faq-click-collect", ["faq", "collect"], "can i click and collect?", action="answer",
             facts=[f["collect_ready"]], sources=[FAQ_PAGE],
             rubric=f"Yes, free from {f['store']}; usually ready within {f['collect_ready']}."),
        case("faq-saturday-hours", ["faq", "hours"], "what time are you open on saturday?", action="answer",
             facts=[_range_time(hours["Saturday"])],
             rubric=f"Saturday {hours['Saturday']}."),
        case("faq-price-match", ["faq", "price_match"], "do you price match?", action="answer",
             facts=[["New Zealand retailer", "identical item"]], sources=[FAQ_PAGE],
             rubric="Yes: another NZ retailer's current advertised price on the identical in-stock item."),
        case("faq-gift-card-expiry", ["faq", "gift_cards"], "how long is a gift card valid for?",
             action="answer", facts=[f"{f['gift_card_years']} years"], sources=[FAQ_PAGE],
             rubric=f"{f['gift_card_years']} years from purchase."),
        case("faq-student", ["faq", "discount"], "do u do student discount", action="answer",
             facts=[f"{f['student_discount']}%"], sources=[FAQ_PAGE],
             rubric=f"{f['student_discount']}% off full-priced items with a current NZ student ID."),
        case("faq-club", ["faq", "discount"], "I'm in a tramping club, do members get a discount?",
             action="answer", facts=[f"{f['club_discount']}%"], sources=[FAQ_PAGE],
             rubric=f"{f['club_discount']}% off full-priced items with a current club card."),
    ]


def _range_time(text: str) -> list[str]:
    a, b = text.split(" to ")
    return [text, f"{a}-{b}", f"{a} - {b}", f"{a}–{b}"]


def cases(by) -> list[dict]:
    return policy() + dangerous_goods() + care() + sizing(by) + faq()
