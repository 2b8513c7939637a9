"""What a shopper would actually see of a page: hidden markup and invisible characters removed.

Text a page hides (``display:none``, zero sizes, off-screen positions, ``hidden``/``aria-hidden``,
comments, scripts, templates) is how injected instructions travel unnoticed by the shop's own staff, so
it is dropped before anything is indexed. So are invisible Unicode characters (zero-width spaces, bidi
controls, tag characters) that can smuggle text past a reader.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag
from bs4.formatter import HTMLFormatter

_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_NOISE_TAGS = ["script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "meta"]
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)|"
    r"font-size\s*:\s*(?:0|0?\.\d+|1)(?:px|pt|em|rem|%)?\s*(?:;|$|!)|"
    r"(?:^|;|\s)(?:height|width|max-height|max-width)\s*:\s*0(?:px|em|rem|%)?\s*(?:;|$|!)|"
    r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}|"
    r"clip\s*:\s*rect\(\s*(?:0|1px\s*,?\s*1px)|clip-path\s*:\s*inset\(\s*50%|color\s*:\s*transparent|"
    r"transform\s*:\s*scale\(\s*0\s*\)",
    re.I,
)
_HIDING_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_AS_WRITTEN = HTMLFormatter(entity_substitution=None)  # Markdown keeps its '&' and '<' as typed
_SIMPLE_SELECTOR = re.compile(r"^\s*([a-z0-9]*)((?:[.#][\w-]+)+)?\s*$", re.I)


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _hidden_by_stylesheet(soup: BeautifulSoup) -> list[str]:
    """CSS selectors (tag, .class, #id and their combinations) that the page's own <style> hides."""
    selectors: list[str] = []
    for style in soup.find_all("style"):
        for match in _HIDING_RULE.finditer(style.get_text()):
            if _HIDDEN_STYLE.search(match.group(2)):
                selectors += [s.strip() for s in match.group(1).split(",") if _SIMPLE_SELECTOR.match(s)]
    return selectors


def _is_hidden(element: Tag) -> bool:
    attrs = element.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if element.name == "input" and str(attrs.get("type", "")).lower() == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def visible_soup(html: str) -> BeautifulSoup:
    """The page with everything a visitor would not see removed."""
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    hidden = _hidden_by_stylesheet(soup)
    for selector in hidden:
        for element in soup.select(selector):
            element.decompose()
    for noise in soup(_NOISE_TAGS):
        noise.decompose()
    for element in soup.find_all(True):
        if isinstance(element, Tag) and not element.decomposed and _is_hidden(element):
            element.decompose()
    return soup


def visible_text(value: str) -> str:
    """A field that may hold HTML (a product description) as the text a shopper would see."""
    value = strip_invisible(value)
    if "<" not in value or not re.search(r"<[a-zA-Z!/]", value):
        return value
    soup = visible_soup(value)
    for table in soup.find_all("table"):
        table.replace_with("\n" + "\n".join(_table_lines(table)) + "\n")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = soup.find_all(["p", "li", "div", "h1", "h2", "h3", "h4", "tr"])
    for block in blocks:
        block.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text(" ").splitlines()]
    return "\n".join(line for line in lines if line)


def _table_lines(table: Tag) -> list[str]:
    """A table as labelled lines, one a cell, named by its row and its column: "French Ultramarine
    Pigment: PB29" from the row French Ultramarine under the heading Pigment, so that a question names
    the one it asks for (a first row of words over a row of numbers is a heading row too); a table with
    no heading row reads "Row: cell, cell"."""
    rows = [
        [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])]
        for row in table.find_all("tr")
    ]
    rows = [row for row in rows if any(row)]
    first = table.find("tr")
    headed = isinstance(first, Tag) and bool(first.find("th")) and not first.find("td")
    if not headed and len(rows) > 1 and not _labels_down(table):  # a heading row written with td: words
        headed = not any(c.isdigit() for c in "".join(rows[0])) and any(c.isdigit() for c in "".join(rows[1]))
    header, body = (rows[0], rows[1:]) if headed and rows else ([], rows)
    lines = []
    for row in body:
        if len(row) == len(header) and len(row) > 1:
            lines += [
                f"{row[0]} {heading}: {cell}"
                for heading, cell in zip(header[1:], row[1:], strict=True)
                if cell
            ]
        elif len(row) > 1:
            lines.append(f"{row[0]}: {', '.join(cell for cell in row[1:] if cell)}")
        elif row:
            lines.append(row[0])
    return lines


def _labels_down(table: Tag) -> bool:
    """Every row's first cell, and only it, is a heading cell or bold: each row a label and its value
    ("**Material** | synthetic wicker", "<th>Steel</th><td>Molybdenum vanadium</td>"), the first row
    too, however its words and the next row's numbers look."""
    rows = [row.find_all(["th", "td"]) for row in table.find_all("tr")]
    rows = [cells for cells in rows if len(cells) > 1]
    pairs = all(len(cells) == 2 for cells in rows)  # not "<th>Size</th><td>S</td><td>M</td>" over "Chest"
    return len(rows) > 1 and all(
        _label(cells[0], pairs) and not any(_label(c, pairs) for c in cells[1:]) for cells in rows
    )


def _label(cell: Tag, pairs: bool) -> bool:
    return (pairs and cell.name == "th") or _bold(cell)


def _bold(cell: Tag) -> bool:
    """The whole of a cell's text is in bold."""
    strong = " ".join(" ".join(b.get_text(" ").split()) for b in cell.find_all(["strong", "b"]))
    return bool(strong) and strong == " ".join(cell.get_text(" ").split())


def visible_markdown(markdown: str) -> str:
    """Markdown with the raw HTML it may embed cleaned the same way (comments, hidden spans)."""
    markdown = strip_invisible(markdown)
    if not re.search(r"<[a-zA-Z!/]", markdown):
        return markdown
    return visible_soup(markdown).decode(formatter=_AS_WRITTEN)
