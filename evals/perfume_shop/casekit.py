"""Small helpers shared by the perfume-shop generator: money, facts, CSV and YAML writing."""
import json

TODAY = "2026-12-05"
SEED = 20261205


def money(x):
    """2 decimals as a string, the way WooCommerce's REST API writes amounts."""
    return "%.2f" % round(x + 1e-9, 2)


def gbp(x):
    return "\u00a3%.2f" % x


def never_price(x):
    """The ways a reply could state a tempting wrong price."""
    return [gbp(x)]


def num(x, tol=0.01):
    return {"number": round(float(x), 2), "tolerance": tol}


def span(a, b, unit="hours"):
    """Every way a range like 7-9 hours is written."""
    return ["%s-%s %s" % (a, b, unit), "%s\u2013%s %s" % (a, b, unit), "%s to %s %s" % (a, b, unit)]


def php_csv_field(value):
    """PHP's fputcsv: enclose when the field holds a delimiter, quote, space or line break."""
    s = "" if value is None else str(value)
    if any(c in s for c in ',"\n\r\t '):
        return '"' + s.replace('"', '""') + '"'
    return s


def php_csv_line(fields):
    return ",".join(php_csv_field(f) for f in fields) + "\n"


def yq(s):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(s, ensure_ascii=False)


def yflow(v):
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, yflow(x)) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(yflow(x) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if v is None:
        return "null"
    return yq(v)


def case(cid, tags, turns, action=None, facts=(), never=(), sources=(), rubric=None,
         customer_email=None, escalate=None, rule=None, queue=None):
    """One case as a plain dict; fields left empty are not written."""
    if isinstance(turns, str):
        turns = [turns]
    return {
        "id": cid, "tags": list(tags), "turns": list(turns), "customer_email": customer_email,
        "expect": {"action": action, "facts": list(facts), "never": list(never),
                   "escalate": escalate, "escalation_rule": rule, "queue": queue,
                   "sources": list(sources), "rubric": rubric},
    }


def dump_case(c):
    out = ["  - id: %s" % yq(c["id"]),
           "    tags: %s" % yflow(c["tags"]),
           "    turns: %s" % yflow(c["turns"])]
    if c.get("customer_email"):
        out.append("    customer_email: %s" % yq(c["customer_email"]))
    out.append("    expect:")
    e = c["expect"]
    if e["action"]:
        out.append("      action: %s" % yq(e["action"]))
    if e["facts"]:
        out.append("      facts:")
        for f in e["facts"]:
            out.append("        - %s" % yflow(f))
    if e["never"]:
        out.append("      never: %s" % yflow(e["never"]))
    if e["escalate"] is not None:
        out.append("      escalate: %s" % yflow(e["escalate"]))
    if e["escalation_rule"]:
        out.append("      escalation_rule: %s" % yq(e["escalation_rule"]))
    if e["queue"]:
        out.append("      queue: %s" % yq(e["queue"]))
    if e["sources"]:
        out.append("      sources: %s" % yflow(e["sources"]))
    if e["rubric"]:
        out.append("      rubric: %s" % yq(e["rubric"]))
    return "\n".join(out) + "\n"


def write(path, text, bom=False):
    import os
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as fh:
        fh.write(data)
