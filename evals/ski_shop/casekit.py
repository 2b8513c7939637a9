"""Shared pieces for the case modules: the case record, fact helpers and look-ups."""

from policy import money, plain

IN_STOCK = ["in stock"]
OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available"]
BACKORDER = ["backorder", "back order", "back-order", "can be ordered", "can still be ordered",
             "can still order", "available to order", "can order"]
SHIPPED = ["shipped", "fulfilled", "delivered", "picked up", "collected"]
NOT_SHIPPED = ["not shipped", "not yet shipped", "hasn't shipped", "has not shipped",
               "unfulfilled", "not been shipped", "not fulfilled", "not been fulfilled",
               "being prepared", "processing", "hasn't been fulfilled", "not yet fulfilled"]
PENDING = ["pending", "awaiting payment", "waiting for payment", "waiting for its payment",
           "not been paid", "not paid"]
CANCELLED = ["cancel"]
RETURNED = ["returned", "refunded", "restocked"]
PARTIAL = ["partially", "partly", "partial", "part of"]


class Case:
    def __init__(self, cid, tags, turns, action, facts=(), never=(), sources=(), rubric=None,
                 customer_email=None, escalate=None, rule=None, queue=None):
        self.id, self.tags, self.turns, self.action = cid, list(tags), list(turns), action
        self.facts, self.never, self.sources = list(facts), list(never), list(sources)
        self.rubric, self.customer_email = rubric, customer_email
        self.escalate, self.rule, self.queue = escalate, rule, queue

    @property
    def category(self):
        return self.tags[0]


def num(value, tol=None):
    """A number fact: num(cents) for money (within a cent), num(x, tol) for any other number."""
    if tol is None:
        assert isinstance(value, int), value
        return {"number": value / 100, "tolerance": 0.01}
    return {"number": float(value), "tolerance": tol}


def price_never(*cents):
    """Strings a reply about another version must not show: "$1,049.00", "1049.00 USD"."""
    out = []
    for c in cents:
        out += [money(c), f"{plain(c)} USD"]
    return out


class Ctx:
    """Look-ups over the generated data, so cases name things and facts come from the data."""

    def __init__(self, products, catalog, orders, customers, pages):
        self.products, self.catalog, self.pages = products, catalog, pages
        self.orders = {o.number: o for o in orders}
        self.order_list = orders
        self.customers = customers

    def v(self, handle, *values):
        return self.catalog[handle].variant(*values)

    def p(self, handle):
        return self.catalog[handle]

    def page(self, name):
        assert name in self.pages, name
        return f"store/pages/{name}"

    def for_sale(self, pred):
        return [p for p in self.products if p.for_sale and pred(p)]

    def extreme(self, pred, highest):
        """(product, price) of the cheapest or dearest orderable version among matching products."""
        best = None
        for p in self.for_sale(pred):
            for v in p.variants:
                if not v.orderable:
                    continue
                if best is None or (v.price > best[1] if highest else v.price < best[1]):
                    best = (p, v.price)
        return best

    def orders_of(self, email):
        return sorted([o for o in self.order_list if o.person["email"] == email],
                      key=lambda o: o.created)

    def secrets(self, o):
        """What an order must never show to someone who has not proven it."""
        p = o.person
        return [plain(o.total), p["address1"], p["last"]]

    def item_names(self, o):
        return [v.product.title for v, _ in o.lines]


def attr(product, label):
    """The value of a description line "<li><strong>Label:</strong> value</li>"."""
    import re
    m = re.search(r"<strong>" + re.escape(label) + r":</strong>\s*([^<]+)</li>", product.body)
    assert m, (product.handle, label)
    return m.group(1).strip()


def first_number(text):
    import re
    return float(re.search(r"\d+(?:\.\d+)?", text).group(0))
