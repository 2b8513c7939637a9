"""Policy cases: delivery, returns, warranty. Facts are read from policies.py (what the pages are
written from) and checked on the pages."""

import catalog
import policies as pol
from casekit import CATALOG_SOURCE, case, num, on_page, page_any, page_num
from common import money

DEL, RET, WAR = "store/pages/delivery.html", "store/pages/returns.md", "store/pages/warranty.html"
GUIDE, CARE = "store/pages/buying-guide.html", "store/pages/assembly-and-care.md"
GAS, FAQ = "store/pages/gas-and-fire-safety.md", "store/pages/faq.html"


def shipping():
    z_bris, z_perth = pol.zone_of("4068"), pol.zone_of("6000")
    z_melb, z_syd = pol.zone_of("3000"), pol.zone_of("2000")
    d = pol.DELIVERY
    return [
        case(
            "sh-rate-4068",
            ["shipping", "postcode"],
            "how much is delivery to 4068?",
            "answer",
            [page_num(DEL, z_bris[3])],
            (),
            [DEL],
            f"4068 is in {z_bris[0]} ({z_bris[1]}): standard delivery {money(z_bris[3])}, free over "
            f"{money(pol.FREE_OVER)}; bulky items add {money(z_bris[4])} each.",
        ),
        case(
            "sh-nz",
            ["shipping", "international", "abbrev"],
            "do you ship to nz?",
            "answer",
            [
                page_any(
                    DEL,
                    "only deliver within Australia",
                    "don't ship internationally",
                    "only within Australia",
                    "within Australia only",
                    "Australia only",
                    "don't ship to New Zealand",
                )
            ],
            (),
            [DEL],
            "No: the shop only delivers within Australia, New Zealand included in what it doesn't ship to.",
        ),
        case(
            "sh-bbq-perth",
            ["shipping", "bulky", "postcode"],
            "whats the freight surcharge on a bbq to perth 6000",
            "answer",
            [page_num(DEL, z_perth[4])],
            (),
            [DEL],
            f"Perth (6000) is {z_perth[0]}: the bulky-item surcharge is {money(z_perth[4])} per bulky item.",
        ),
        case(
            "sh-free-threshold",
            ["shipping", "free_shipping", "typo"],
            "how much do i need to spend to get free delivry?",
            "answer",
            [page_num(DEL, pol.FREE_OVER)],
            (),
            [DEL],
            f"Standard delivery is free over {money(pol.FREE_OVER)}; the bulky-item surcharge still applies.",
        ),
        case(
            "sh-melbourne-time",
            ["shipping", "delivery_time"],
            "how long does delivery take to melbourne, 3000?",
            "answer",
            [on_page(DEL, z_melb[5])],
            (),
            [DEL],
            f"Melbourne is {z_melb[0]}: {z_melb[5]} business days.",
        ),
        case(
            "sh-po-box",
            ["shipping", "po_box", "lowercase"],
            "can you send a lounge to my po box?",
            "answer",
            [page_any(DEL, "street address")],
            (),
            [DEL],
            d["po_box"],
        ),
        case(
            "sh-lost",
            ["shipping", "how_it_works", "non_escalation"],
            "what happens if my parcel goes missing?",
            "answer",
            [page_any(DEL, "trace")],
            (),
            [DEL],
            d["lost"],
            escalate=False,
        ),
        case(
            "sh-island",
            ["shipping", "islands"],
            "do you deliver to magnetic island?",
            "answer",
            [
                page_any(
                    DEL,
                    "can't deliver",
                    "cannot deliver",
                    "don't deliver",
                    "do not deliver",
                    "unable to deliver",
                )
            ],
            (),
            [DEL],
            d["islands"],
        ),
        case(
            "sh-sydney-vi",
            ["shipping", "delivery_time", "other_language", "vietnamese"],
            "Giao hàng đến Sydney mất bao lâu?",
            "answer",
            [on_page(DEL, z_syd[5])],
            (),
            [DEL],
            f"Sydney is {z_syd[0]}: {z_syd[5]} business days (answered in Vietnamese or English).",
        ),
    ]


def returns():
    r = pol.RETURNS
    refund_days = on_page(RET, r["refund_time"]).split(" ")[0]
    return [
        case(
            "rt-window",
            ["returns", "lowercase"],
            "how long do i have to return something",
            "answer",
            [page_num(RET, r["window_days"])],
            (),
            [RET],
            r["window"],
        ),
        case(
            "rt-bulky",
            ["returns", "bulky", "chatty"],
            "if i send a lounge back do i have to pay for the freight?",
            "answer",
            [page_any(RET, "deducted from your refund", "surcharge", "deducted")],
            (),
            [RET],
            r["bulky"],
        ),
        case(
            "rt-used-bbq",
            ["returns", "exclusions", "gas"],
            "changed my mind on the bbq, used it once. can i return it?",
            "answer",
            [
                page_any(
                    RET,
                    "can't be returned",
                    "cannot be returned",
                    "not returnable",
                    "can't return",
                    "cannot return",
                    "isn't returnable",
                    "can't accept",
                )
            ],
            (),
            [RET],
            "Gas appliances once connected to gas or used can't be returned for a change of mind.",
        ),
        case(
            "rt-refund-time",
            ["returns", "refund_timing", "abbrev"],
            "how long do refunds take to hit my card?",
            "answer",
            [refund_days],
            (),
            [RET],
            r["refund"],
        ),
        case(
            "rt-giftcard",
            ["returns", "gift_card"],
            "are gift cards refundable?",
            "answer",
            [
                page_any(
                    RET,
                    "can't be returned",
                    "cannot be returned",
                    "not refundable",
                    "non-refundable",
                    "aren't refundable",
                    "not returnable",
                    "can't be refunded",
                )
            ],
            (),
            [RET],
            "Gift cards can't be returned.",
        ),
        case(
            "rt-damaged",
            ["returns", "damaged"],
            "one of the chairs in my set arrived with a scratched leg, how do i report it?",
            None,
            [page_num(RET, r["damaged_hours"])],
            (),
            [RET],
            r["damaged"],
        ),
        case(
            "rt-label",
            ["returns", "return_label"],
            "how much is a return label for a parcel?",
            "answer",
            [page_num(RET, r["label_fee"])],
            (),
            [RET],
            r["parcel"],
        ),
    ]


def warranty():
    rows = dict(pol.WARRANTY_ROWS)
    ext = catalog.variant("extended-warranty-3-years", "$1,001 to $2,500")
    w = pol.WARRANTY
    return [
        case(
            "wa-teak",
            ["warranty", "lowercase"],
            "how long is the warranty on teak furniture?",
            "answer",
            [on_page(WAR, rows["Teak furniture (frames and joints)"])],
            (),
            [WAR],
            f"Teak furniture: {rows['Teak furniture (frames and joints)']}.",
        ),
        case(
            "wa-burners",
            ["warranty", "bbq"],
            "whats the warranty on the ember pro burners",
            "answer",
            [on_page(WAR, rows["Ember BBQs"].split(",")[0].replace(" on burners", ""))],
            (),
            [WAR],
            f"Ember BBQs: {rows['Ember BBQs']}.",
        ),
        case(
            "wa-extended-price",
            ["warranty", "extended_warranty", "chatty"],
            "thinking of the extended warranty for a lounge that cost me $2,000, how much is it?",
            "answer",
            [num(ext["price"])],
            (),
            [WAR, CATALOG_SOURCE],
            f"The band for an item of $1,001 to $2,500 costs {money(ext['price'])}.",
        ),
        case(
            "wa-extended-after",
            ["warranty", "extended_warranty"],
            "can i still add the extended warranty after i've already got my table?",
            "answer",
            [page_num(WAR, w["extended_days"])],
            (),
            [WAR],
            w["extended"],
        ),
        case(
            "wa-corten-rust",
            ["warranty", "exclusions"],
            "is rust on the corten fire pit covered under warranty?",
            "answer",
            [page_any(WAR, "not a defect", "not covered", "isn't covered", "patina")],
            (),
            [WAR],
            w["corten"],
        ),
        case(
            "wa-sail-uv",
            ["warranty", "shade_sail"],
            "whats the uv warranty on shade sails",
            "answer",
            [on_page(WAR, "10 years")],
            (),
            [WAR],
            f"Shade sails: {rows['Shade sails']}.",
        ),
    ]
