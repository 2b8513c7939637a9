"""Policies, FAQs and guides (Markdown, HTML, plain text) split into passages that keep their headings.

Splitting is langchain's: by Markdown headings first (a FAQ entry or policy section stays whole), then
by tokens (tiktoken) when a section is long. HTML is first turned into Markdown-like text so both paths
share one splitter. Each passage's text starts with its heading path, which helps both retrievers.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from bs4 import Tag
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from copilot.errors import IngestionError
from copilot.knowledge.cleaning import strip_invisible, visible_markdown, visible_soup
from copilot.knowledge.sources import DocumentsSource, SourceRoot
from copilot.offline_assets import install_tiktoken_encodings
from copilot.schemas import Passage

_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
SUPPORTED = {".md", ".markdown", ".html", ".htm", ".txt"}


def document_paths(source: DocumentsSource, root: Path | SourceRoot) -> list[Path]:
    root = SourceRoot.of(root)
    found: list[Path] = []
    for pattern in source.paths:
        matches = [p for p in root.glob(pattern) if not p.is_dir() or not any(c in pattern for c in "*?[")]
        if not matches:
            raise IngestionError("no file matches this pattern", file=pattern)
        for path in matches:
            if path.is_dir():
                raise IngestionError("is a folder, not a file", file=pattern)
            if not path.is_file():
                raise IngestionError("file not found", file=pattern)
            if path.suffix.lower() not in SUPPORTED:
                raise IngestionError(
                    f"unsupported document type '{path.suffix}' (use .md, .html or .txt)",
                    file=root.display(path),
                )
            if path not in found:
                found.append(path)
    return found


def load_documents(source: DocumentsSource, root: Path | SourceRoot) -> list[Passage]:
    install_tiktoken_encodings()
    splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name="cl100k_base", chunk_size=source.chunk_tokens, chunk_overlap=source.chunk_overlap
    )
    passages: list[Passage] = []
    root = SourceRoot.of(root)
    for path in document_paths(source, root):
        display = root.display(path)
        passages.extend(split_document(read_as_markdown(path, display), display, splitter))
    return passages


def read_as_markdown(path: Path, display: str) -> str:
    """The document as Markdown-like text, with what its readers would not see removed."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise IngestionError(f"not UTF-8 text (byte {exc.start})", file=display) from exc
    except OSError as exc:
        raise IngestionError(f"cannot read: {exc.strerror or exc}", file=display) from exc
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        return html_to_markdown(raw)
    if suffix == ".txt":
        return f"# {_title_from_name(path)}\n\n{unwrap_lines(strip_invisible(raw))}"
    return unwrap_lines(html.unescape(visible_markdown(raw)))  # "&pound;3.50" reads as Markdown shows it


# A line that starts a block of its own: a heading, a list item, a quote, a table row, a code fence.
_BLOCK_START = re.compile(r"\s*(?:#|[-*+]\s|>|\||```|~~~|\d+[.)]\s)")


def unwrap_lines(markdown: str) -> str:
    """Join a paragraph's lines that an editor wrapped ("...reaches your card within" / "5-7 business
    days"): in Markdown a single line break inside a paragraph is a space, and a sentence cut at it
    would be quoted half. Blank lines, headings, list items, tables and code keep their breaks."""
    out: list[str] = []
    fenced = False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            out.append(line)
            continue
        previous = out[-1] if out else ""
        if (
            not fenced
            and line.strip()
            and previous.strip()
            and not _BLOCK_START.match(line)
            and not re.match(r"\s*(?:#|\|)", previous)  # a heading or a table row ends at its line
            and not previous.endswith("  ")  # Markdown's own hard break
        ):
            out[-1] = previous.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize()


def html_to_markdown(html: str) -> str:
    """Headings, paragraphs, lists and tables of an HTML page's visible text as Markdown-like text."""
    soup = visible_soup(strip_invisible(html))
    for noise in soup(["nav", "footer"]):
        noise.decompose()
    # a saved page's own content is its <main>: the site's announcement bar ("Free standard shipping on
    # US orders of $75 or more · Same-day dispatch"), header and search form stand outside it
    main = soup.find("main") or soup.find(role="main")
    body = main if isinstance(main, Tag) and main.get_text(strip=True) else soup.body or soup
    lines: list[str] = []
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if title and not body.find("h1"):
        lines.append(f"# {title}")
    for element in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "tr", "dt", "dd", "pre"]):
        if not isinstance(element, Tag):
            continue
        text = element.get_text(" ", strip=True)
        if element.name != "pre":  # a line break in the source is a space on the page
            text = " ".join(text.split())
        if not text:
            continue
        if element.name in {"h1", "h2", "h3", "h4"}:
            lines.append("\n" + "#" * int(element.name[1]) + " " + text)
        elif element.name == "tr":
            table = element.find_parent("table")
            if table is not None and table.find("tr") is element and lines and lines[-1].startswith("| "):
                lines.append("")  # a table right after another: a table of its own
            cells = [" ".join(c.get_text(" ", strip=True).split()) for c in element.find_all(["th", "td"])]
            if _row_headed(element):  # "Sunday | 10am to 4pm" with no header row says "Sunday: 10am to 4pm"
                lines.append(f"- {cells[0]}: {', '.join(cells[1:])}")
            else:
                lines.append("| " + " | ".join(cells) + " |")
        elif element.name == "li":
            lines.append(f"- {text}")
        elif element.find_parent(["li", "td", "th"]) is None:
            lines.append(text + "\n")
    return "\n".join(lines)


def _row_headed(row: Tag) -> bool:
    """A row of a table headed down its first column (each row a label and its values), not across
    its first row."""
    cells = row.find_all(["th", "td"])
    table = row.find_parent("table")
    first = table.find("tr") if table is not None else None
    header_row = isinstance(first, Tag) and all(c.name == "th" for c in first.find_all(["th", "td"]))
    labelled = len(cells) > 1 and cells[0].name == "th" and all(c.name == "td" for c in cells[1:])
    return labelled and not header_row


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section"


_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


# the blank line between two tables, as the header splitter keeps it: two spaces ending the first's last row
_BETWEEN_TABLES = re.compile(r"\|[ \t]{2}\n(?=[ \t]*\|)")


def _tables_apart(chunk: str) -> str:
    """Two tables a blank line parted kept apart by one ("| Door height | Hinges per door |" heads a
    table of its own, not a row of the hinge size table above it)."""
    return _BETWEEN_TABLES.sub("|\n\n", chunk)


def _tables_headed(chunks: list[str]) -> list[str]:
    """The chunks, each that goes on with a table the chunk before began given that table's header row
    again: a dosing chart split in two keeps its "| Treatment | 20,000 L | ..." over its last rows, which
    would otherwise read their first row as the header. A table's first line heads it, with the rule
    under it if it has one (a saved HTML page's tables have none)."""
    headed: list[str] = []
    header: list[str] = []  # the header (and rule) lines of the table the last chunk ended in
    for chunk in chunks:
        lines = chunk.splitlines()
        first = next((line for line in lines if line.strip()), "")
        starts_headed = len(lines) > 1 and bool(_TABLE_RULE.match(lines[1]))
        if header and _TABLE_LINE.match(first) and not starts_headed:
            chunk = "\n".join([*header, chunk])
            lines = chunk.splitlines()
        header = []
        for i, line in enumerate(lines):
            if not _TABLE_LINE.match(line):
                header = []  # no table, or it ended
            elif not header:  # a table begins
                ruled = i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1])
                header = [line, lines[i + 1]] if ruled else [line]
        headed.append(chunk)
    return headed


def split_document(markdown: str, source: str, splitter: RecursiveCharacterTextSplitter) -> list[Passage]:
    sections = MarkdownHeaderTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True).split_text(
        markdown
    )
    passages: list[Passage] = []
    used: dict[str, int] = {}
    for section in sections:
        body = section.page_content.strip()
        if not body:
            continue
        heading_path = [str(section.metadata[level]) for _, level in _HEADERS if level in section.metadata]
        anchor = _slug(heading_path[-1]) if heading_path else "top"
        title = heading_path[0] if heading_path else source
        for chunk in _tables_headed([_tables_apart(c) for c in splitter.split_text(body)]):
            number = used.get(anchor, 0)
            used[anchor] = number + 1
            prefix = " > ".join(heading_path)
            passages.append(
                Passage(
                    key=f"doc:{source}#{anchor}:{number}",
                    kind="document",
                    text=f"{prefix}\n{chunk}" if prefix else chunk,
                    source=source,
                    title=title,
                    heading_path=heading_path,
                )
            )
    return passages
