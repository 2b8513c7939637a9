"""Writers shared by the hat shop generator: PHP-style CSV rows and a small YAML emitter.

Stdlib only. Both are deterministic: the same input always gives the same bytes.
"""
import json

PHP_QUOTE_TRIGGERS = (",", '"', "\n", "\r", "\t", " ", "\\")


def php_field(value):
    """One cell as PHP's fputcsv writes it: enclosed only when it holds a delimiter, a quote,
    a space, a tab, a line break or the escape character; quotes doubled inside."""
    if value is None:
        return ""
    text = str(value)
    if text == "":
        return ""
    if any(ch in text for ch in PHP_QUOTE_TRIGGERS):
        return '"' + text.replace('"', '""') + '"'
    return text


def php_row(values):
    return ",".join(php_field(v) for v in values) + "\n"


def guard(value, triggers=("=", "+", "-", "@")):
    """The exporters' spreadsheet guard: a cell starting with a formula trigger gets a leading
    apostrophe (numbers are left alone by WooCommerce core, not by every plugin)."""
    text = "" if value is None else str(value)
    if text and text[0] in triggers:
        return "'" + text
    return text


def write_csv(path, header, rows, bom=False):
    """rows: list of dicts keyed by header names (missing keys are empty cells)."""
    out = []
    out.append(php_row(header))
    for row in rows:
        out.append(php_row([row.get(col, "") for col in header]))
    data = "".join(out)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if bom:
            fh.write("\ufeff")
        fh.write(data)


def q(text):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def fmt_num(x):
    x = float(x)
    return repr(round(x, 2))


def fact_yaml(f):
    if isinstance(f, dict):
        tol = f.get("tolerance", 0.0)
        return "{number: %s, tolerance: %s}" % (fmt_num(f["number"]), fmt_num(tol))
    if isinstance(f, (list, tuple)):
        return "[" + ", ".join(q(x) for x in f) + "]"
    return q(f)


def inline_list(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


def case_yaml(case):
    """One case in the suite's layout (the layout of evals/dance_shop.yaml)."""
    lines = ["  - id: %s" % q(case["id"]), "    tags: %s" % inline_list(case["tags"])]
    lines.append("    turns: %s" % inline_list(case["turns"]))
    if case.get("customer_email"):
        lines.append("    customer_email: %s" % q(case["customer_email"]))
    exp = case["expect"]
    lines.append("    expect:")
    if exp.get("action") is not None:
        lines.append("      action: %s" % q(exp["action"]))
    if exp.get("facts"):
        lines.append("      facts:")
        for f in exp["facts"]:
            lines.append("        - %s" % fact_yaml(f))
    if exp.get("never"):
        lines.append("      never: %s" % inline_list(exp["never"]))
    if exp.get("escalate") is not None:
        lines.append("      escalate: %s" % ("true" if exp["escalate"] else "false"))
    if exp.get("escalation_rule"):
        lines.append("      escalation_rule: %s" % q(exp["escalation_rule"]))
    if exp.get("queue"):
        lines.append("      queue: %s" % q(exp["queue"]))
    if exp.get("sources"):
        lines.append("      sources: %s" % inline_list(exp["sources"]))
    if exp.get("rubric"):
        lines.append("      rubric: %s" % q(exp["rubric"]))
    return "\n".join(lines) + "\n"


def money(x):
    return "%.2f" % float(x)


def pounds(x):
    return "£%.2f" % float(x)
