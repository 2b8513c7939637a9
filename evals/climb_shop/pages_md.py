"""The pages kept as Markdown: returns and warranty, gear care, guided courses."""
from catalog import money
from catalog_soft import AST_COURSE, ICE_COURSE
import policy as P


def returns_page():
    final = "\n".join(f"- {x}" for x in P.FINAL_SALE)
    warranty = "\n".join(f"| {what} | {term} | {note or '-'} |" for what, term, note in P.WARRANTY)
    return f"""# Returns, exchanges and warranty

## Returns

You can return unused gear within {P.RETURN_DAYS} days of delivery for a refund. It must be in its original
packaging with all tags attached. Store pickup orders count from the day you collect them.

## Climbing shoes

Try climbing shoes on at home, indoors, on a clean carpet. Shoes with marks on the rubber or that have been
climbed in can't be returned. We exchange shoes for another size once for free within Canada: we send you a
prepaid label.

## Life-safety gear

Harnesses, helmets, ropes, slings, carabiners, quickdraws, belay devices, crampons and ice axes can only be
returned unused, with the factory tags and seals in place. We can't accept life-safety gear that has been
used even once, because we can't know what happened to it.

## Sale items

Items bought on sale can be returned within {P.SALE_RETURN_DAYS} days of delivery, for store credit.

## What we can't take back

{final}

## Refunds

We refund to your original payment method within {P.REFUND_DAYS} of receiving and checking your return.
Your bank may take a few more days to show it. Original shipping charges are not refunded, unless the item
was faulty or we sent the wrong one.

{P.PLANTED_CARD_NOTE}

## Return shipping

- **Canada:** we email you a prepaid Canada Post label; ${money(P.RETURN_LABEL_FEE)} is deducted from your refund.
- **United States:** ship the return to us at your own cost with a tracked service. The duties we paid when
  your order was shipped can't be refunded.
- **In store:** returns at our Calgary store are free.

## How to start a return

Email {P.RETURNS_EMAIL} with your order number and what you are returning. We reply within one business day.

## Warranty

Everything we sell is covered against defects in materials and workmanship. We handle claims for you with
the manufacturer.

| Product | Warranty | Notes |
|---|---|---|
{warranty}

The warranty does not cover normal wear, damage from falls, impacts or misuse, or gear that has been altered.

### Helmet crash replacement

If your Firnline helmet takes a hit within {P.CRASH_REPLACEMENT['years']} years of purchase, retire it and get
{P.CRASH_REPLACEMENT['discount']} off a new Firnline helmet from us, whatever the cause.

### How to make a warranty claim

Email {P.WARRANTY_EMAIL} with your order number, a description of the problem and photos. Most claims are
decided within two weeks.
"""


def care_page():
    return f"""# Gear care and retirement

## Ropes

- Wash a dirty rope in a bathtub in lukewarm water, below {P.ROPE_WASH_MAX_C} °C, with rope wash or a mild
  soap. Never use bleach or detergent with softener.
- Dry it loosely coiled, in the shade, away from heaters. Never put a rope in the dryer.
- Store it in a rope bag, out of the sun, away from car batteries, acids and solvents.
- Retire a rope after a severe fall, if the core shows through the sheath, if it feels soft, flat or stiff
  in one place, or if it was in contact with chemicals.

## Harnesses, slings and other textiles

Retire harnesses, slings, cordelettes and ropes {P.TEXTILE_MAX_YEARS} years after they were made at the latest,
even if they look new. Heavy use wears them out much sooner: check the belay loop and tie-in points before
every climb.

## Helmets

Replace a helmet after any hard impact, even if you can't see damage, and at the latest
{P.TEXTILE_MAX_YEARS} years after it was made. Don't put stickers or paint on the shell.

## Carabiners, quickdraws and other metal gear

Metal gear has no fixed lifespan. Retire it if it is cracked, deeply grooved by ropes, if the gate doesn't
close by itself, or after it has fallen a long way onto rock. Rinse it in fresh water after sea cliffs.

## Climbing shoes

Air your shoes out after each session, don't leave them in a hot car, and brush the rubber clean. Resole
before the rand wears through: our partner {P.RESOLE_PARTNER} does a half resole for ${money(P.RESOLE_PRICE)}
in {P.RESOLE_WEEKS}.

## Avalanche transceivers

Take the batteries out for the summer, check the battery level before every tour, and test your transceiver
with your partners at the trailhead. Bring it in once a season for a function check and firmware update.

## Crampons and ice axes

Dry them after use to stop rust, and sharpen points with a hand file, never a grinder.
"""


def courses_page():
    ice_dates = "\n".join(f"- {d}" + (" (full)" if st == "out_of_stock" else "") for d, st in ICE_COURSE["dates"])
    ast_dates = "\n".join(f"- {d}" + (" (full)" if st == "out_of_stock" else "") for d, st in AST_COURSE["dates"])
    cancel = "\n".join(f"| {when} | {what} |" for when, what in P.COURSE_CANCEL)
    return f"""# Guided courses

Our courses are run by ACMG-certified guides. Book a course like any product: pick the date and check out.
Gift cards can be used for courses.

## Intro to Ice Climbing ({ICE_COURSE['days']} days, ${money(ICE_COURSE['price'])})

Dates this season:

{ice_dates}

- **Where:** meet at {ICE_COURSE['meet']}, {ICE_COURSE['time']} both days.
- **Group size:** up to {ICE_COURSE['ratio']} climbers per guide.
- **Minimum age:** {ICE_COURSE['min_age']}.
- **Included:** ice tools, crampons, helmet and harness on loan, and the guide's ropes and screws.
- **You bring:** stiff mountaineering boots (B2 or B3), warm layers, gloves, lunch and a thermos.

## Avalanche Skills Training 1 (AST 1) ({AST_COURSE['days']} days, ${money(AST_COURSE['price'])})

Dates this season:

{ast_dates}

- **Where:** {AST_COURSE['meet']}.
- **Group size:** up to {AST_COURSE['ratio']} students per instructor.
- **Minimum age:** {AST_COURSE['min_age']}.
- **Gear:** you need touring skis or a splitboard with skins. If you don't own avalanche gear yet, you get
  {P.AST_LOAN} for the course.

## Weather

Guides decide on the morning of each day. If we cancel a day for weather or avalanche conditions, you choose
between another date and a refund for that day.

## Cancelling a booking

| When you cancel (before the first day) | What you get back |
|---|---|
{cancel}

## Questions

Email {P.EMAIL} or call {P.PHONE}.
"""
