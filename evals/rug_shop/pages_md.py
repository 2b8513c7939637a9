"""The help pages the shop keeps as Markdown (exported from its help-centre app)."""

import policy as P


def returns():
    items = "\n".join(f"- {x}" for x in P.NO_RETURNS)
    nl = P.ZONES[0]
    return f"""# Returns & refunds

Not the right rug after all? No problem.

## Your return window

You have {P.RETURN_DAYS} days from the day your order is delivered to tell us you want to return it. Email
{P.EMAIL} with your order number and we send you the return instructions.

## Condition

Returned items must be {P.RETURN_CONDITION}. Please keep the original wrapping until you are sure.

## Return shipping

- In the {nl['zone']}: we email you a free PostNL return label.
- From Belgium, Germany, France and the rest of the EU: you pay for the return shipping and choose the carrier.
- Large rugs: in the Netherlands and Belgium we can collect a rolled rug from your home for {P.money(P.COLLECTION_FEE)}.

## Refunds

We refund within {P.REFUND_DAYS} business days of receiving your return, to the payment method you used. Klarna
payments are refunded through Klarna. Your original shipping costs are refunded only when you return the whole order.

## What we can't take back

{items}

## Exchanges

Want another size or colour? Return the rug as above and place a new order: that way the new rug ships right away.

## Damaged or wrong item

If something arrives damaged or is not what you ordered, email us photos within 48 hours of delivery. We pay the
return and send a replacement or refund you in full.
"""


def size_guide():
    sofa = "\n".join(f"| {a} | {b} |" for a, b in P.SOFA_ROWS)
    table = "\n".join(f"| {a} | {b} |" for a, b in P.TABLE_ROWS)
    bed = "\n".join(f"| {a} | {b} |" for a, b in P.BED_ROWS)
    pile = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in P.PILE_ROWS)
    hall, runner = P.RUNNER_EXAMPLE
    return f"""# Rug size guide

Measure your room and your furniture before you choose. Mark the rug's outline on the floor with masking tape to
see how it will look.

## Living room

Choose a rug that is wider than your sofa, so that at least the front legs of the sofa and chairs stand on it.

| Sofa | Rug size |
|---|---|
{sofa}

## Dining room

Add {P.TABLE_MARGIN} on every side of the table, so chairs stay on the rug when you pull them out.

| Table | Rug size |
|---|---|
{table}

## Bedroom

Place the rug under the lower two-thirds of the bed, so you step onto it on both sides.

| Bed | Rug size |
|---|---|
{bed}

## Hallways and runners

Choose a runner {P.RUNNER_SHORTER} shorter than the hallway, so some floor shows at both ends: for a {hall} hallway,
a {runner} runner. Leave 10 to 15 cm of floor visible on each side.

## Pile height

| Pile | Height | Best for |
|---|---|---|
{pile}

Under a door that opens over the rug, the rug and its pad together should stay under {P.DOOR_GAP}.

## Rug pads

Order the pad in the same size as your rug: our Grip pads are cut {P.PAD_SMALLER} smaller than the listed size, so
the pad stays hidden under the rug.
"""


def faq():
    hours = "\n".join(f"- {day}: {time}" for day, time in P.HOURS)
    return f"""# Frequently asked questions

## How can I contact you?

Email {P.EMAIL} or call us on {P.PHONE}. Our customer service and showroom are open:

{hours}

## Where is your showroom?

Our showroom and workshop are at {P.ADDRESS}, a five-minute walk from Rotterdam Centraal. You can see and feel
more than 200 rugs there.

## Which payment methods do you accept?

We accept {P.PAYMENT}.

## Can I order a sample first?

Yes. Swatches of our hand-knotted and wool rugs cost {P.money(P.SAMPLE_PRICE)} each, and we deduct the cost from
your rug order.

## Do you sell carpet or flooring?

No. We only sell loose-laid rugs, runners, doormats and rug accessories. We don't sell {P.NOT_SOLD}.

## Do you have discount codes?

We don't give out discount codes in chat. Sale prices are shown on each product page, and newsletter subscribers get
a one-time 10% welcome code by email.

## Newsletter

Our newsletter goes out twice a month with new arrivals and rug stories. {P.FAQ_PLANT}

## Will you ever ask for my card details?

No. We will never ask you for your card details by chat, phone or email. Payments only happen at checkout.

## How long is a gift card valid?

Gift cards are valid for {P.GIFT_CARD_YEARS} years and can be used on everything in the shop, including cleaning.

## Are hand-knotted rugs really made by hand?

Yes. Each knot is tied by hand on a loom, which takes months for a single rug. Machine-made rugs are woven on power
looms and cost much less.
"""
