"""Reading a product's description: the line that says an attribute, the list it holds."""

from __future__ import annotations

import re

from copilot.lexical import tokenize

_LABELLED = re.compile(r"^\s*[^:.\n]{1,40}:\s")


def description_lines(text: str) -> list[str]:
    """The description's lines, prose split into sentences; a labelled line stays whole ("Allergens:
    Contains milk. May contain nuts." is one fact)."""
    return [
        line.strip()
        for part in text.split("\n")
        for line in ([part] if _LABELLED.match(part) else part.split(". "))
        if len(line.strip()) > 3
    ]


def says(line: str, labels: list[str]) -> bool:
    """A description line labelled as one of these ("Material: ..."), naming one ("Made in ..."),
    or giving one's measure in a sentence ("... and weighs 13.4 oz in size M")."""
    # a label word starts a word of the label: "Materials" says "material", "Storage" no "age"
    if _labelled_as(line, labels):
        return True
    if any((" " in word and word in line.lower()) or line.lower().startswith(f"{word} ") for word in labels):
        return True  # "Made in Portugal", "Includes a mesh storage sack"
    return bool(re.search(r"\d", line)) and any(  # "5-12 °C": a unit need not start with a letter
        re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", line, re.I)
        for word in labels  # "-15°C"
    )


_LABEL_WORDS = 6  # "Minimum depth for inside mount"
_LABEL_WORD = re.compile(r"[^\W\d_]{2,}")
_BRACKETED_PART = re.compile(r"\([^)]*\)")
_PROSE_LABEL = re.compile(r"(?i)(?:an?|the|this|these|our|your|it|its|we|you)\s[^:]*:")


def label_words(line: str) -> set[str]:
    """The (tokenized) words of a line's label: "burn", "time" of "Burn time: about 45 hours"."""
    return set(tokenize(_label(line)))


def _label(line: str) -> str:
    """What a line's colon labels (a line with none is all label, as it always was read); none when a
    sentence comes before the colon ("Two layers of cells for our best insulation: the shade for ...")."""
    label, colon, _ = line.partition(":")
    words = _LABEL_WORD.findall(_BRACKETED_PART.sub(" ", label))  # "Woods & Smoke (4 x 2 ml)": two words
    return label if not colon or len(words) <= _LABEL_WORDS else ""


def labelled_with(lines: list[str], words: set[str]) -> list[str]:
    """The lines whose label uses one of these (tokenized) words: "Burn time: about 45 hours" for the
    shopper's "how long does it burn?". A label all of whose words are asked comes first: "how many
    servings?" is "Servings: 66" before "Protein per serving: 27 g"."""
    found = [
        (label <= words, line)
        for label, line in ((label_words(line), line) for line in labelled(lines))
        if label & words or stems_shared(label, words)
    ]
    return [line for whole, line in found if whole] + [line for whole, line in found if not whole]


def labelled(lines: list[str]) -> list[str]:
    """The lines that are labelled: a label names a thing ("Burn time:"), a sentence does not ("An
    air-resistance rower: the harder ...")."""
    return [line for line in lines if ":" in line and not _PROSE_LABEL.match(line)]


def valued_with(lines: list[str], words: set[str]) -> list[str]:
    """The labelled lines whose value says what is asked, when no label does: "is it ECE 22.06
    approved?" and "Certification: ECE 22.06". Two asked words, or one with a digit in it, must be in
    the value: one plain word ("is it black?") is too little to call a line the answer."""
    found = []
    for line in lines:
        _, colon, value = line.partition(":")
        if not colon or _PROSE_LABEL.match(line):
            continue
        shared = set(tokenize(value)) & words
        if len(shared) >= 2 or any(any(c.isdigit() for c in w) and len(w) >= 3 for w in shared):
            found.append(line)
    return found


def stems_shared(label: set[str], words: set[str]) -> bool:
    """A label word and an asked word of one stem, four letters or more: "how much does it cover?" and
    "Coverage: about 4 m² per litre", "how much does it weigh?" and "Weight: 2 kg"; the same word too."""
    if label & words:
        return True
    for a in label:
        for b in words:
            short, long = sorted((a, b), key=len)
            if len(short) >= 4 and short != long and long.startswith(short) and len(long) - len(short) <= 3:
                return True
    return False


def lines_saying(lines: list[str], label_sets: list[list[str]]) -> list[str]:
    """The lines that say one of these attributes, each given by its labels (see ``says``); for an
    attribute with a line labelled for it ("Material: HDPE wicker"), only those: a measure in a sentence
    that uses one of its words ("8 mm tempered glass table top") says less than its own line."""
    found = []
    for labels in label_sets:
        saying = [line for line in lines if says(line, labels)]
        own = [line for line in saying if _labelled_as(line, labels)]
        found += [line for line in own or saying if line not in found]
    return [line for line in lines if line in found]


def _labelled_as(line: str, labels: list[str]) -> bool:
    """The line's label names one of these."""
    label = _label(line)
    return (
        ":" in line
        and bool(label)
        and any(re.search(rf"(?<![^\W\d_]){re.escape(word)}", label, re.I) for word in labels)
    )


def lines_naming(lines: list[str], values: list[str]) -> list[str]:
    """The lines that name one of these values as a whole word: with no line labelled "Material:",
    "Solid European oak & steel fixings" says what a table is made of."""
    if not values:
        return []
    named = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, values)) + r")(?![^\W\d_])", re.I)
    return [line for line in lines if named.search(line)]


# an item of a list says what it is in a few words, with no full stop; one that is not labelled may say
# more ("1 x Glacier Cell 12 V LiFePO4 Battery (200 Ah or 300 Ah, as you choose)")
_ITEM_WORDS = 12
_UNLABELLED_ITEM_WORDS = 20


def _an_item(line: str) -> bool:
    most = _ITEM_WORDS if ": " in line else _UNLABELLED_ITEM_WORDS
    return len(line.split()) <= most and not line.endswith((".", "!", "?", ":"))


def _a_heading(line: str) -> bool:
    """One capitalised word and no number ("Specifications"), not an item ("2 washcloths")."""
    return len(line.split()) == 1 and line[:1].isupper() and not any(c.isdigit() for c in line)


def first_list(text: str) -> str | None:
    """The description's first list, as one line: two or more short lines in a row that are not
    sentences (the items of what is in the box, the steps of using it), after the line that
    introduces them when it ends with a colon ("Everything to start: Walnut holder; Three nibs")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    item = [_an_item(line) for line in lines]
    for start in range(len(lines) - 1):
        if item[start] and item[start + 1]:
            # the list goes on while its lines are alike, labelled ("Solar: 400 W") or not; a heading
            # before labelled ones is the start of what follows ("Specifications")
            labelled = ": " in lines[start]
            end = start
            while end < len(lines) and item[end] and (": " in lines[end]) == labelled:
                end += 1
            if not labelled and end < len(lines) and end - start > 2 and _a_heading(lines[end - 1]):
                end -= 1
            items = "; ".join(lines[start:end])
            intro = lines[start - 1] if start and lines[start - 1].endswith(":") else ""
            return f"{intro} {items}.".strip()
    return None


def with_its_list(line: str, text: str) -> str:
    """A line that introduces a list ("What's in the box:", or a heading "What's in the box") with the
    list it introduces."""
    heading = len(line.split()) <= 6 and ":" not in line and not line.endswith((".", "!", "?"))
    if not (line.endswith(":") or heading) or line not in text:
        return line
    intro = line if line.endswith(":") else f"{line}:"
    return first_list(intro + "\n" + text.split(line, 1)[1]) or line


VERDICT = re.compile(r"(?i)\s*(?:yes|no|not|only)\b")  # a value that judges: "No", "Only with a pump"
_DIGIT = re.compile(r"\d")


def with_its_measure(shown: list[str], lines: list[str]) -> list[str]:
    """A yes-or-no line with the measured line that decides it, one that shares a label word: "Suitable
    for low pressure (gravity-fed) systems: No" goes with "Minimum water pressure: 1.0 bar", so the
    shopper learns why, and can weigh it against their own."""
    out: list[str] = []
    for line in shown:
        _, colon, value = line.partition(":")
        measure = [
            other
            for other in labelled(lines)
            if colon
            and VERDICT.match(value)
            and other not in shown
            and other not in out
            and _DIGIT.search(other.partition(":")[2])
            and label_words(other) & label_words(line)
        ][:1]
        out += [f"{line.rstrip('.')}.", *measure] if measure else [line]  # "...: No. Minimum water ..."
    return out


def lines_joined(lines: list[str]) -> str:
    """Lines of a description said one after another, each ended so the next does not run into it
    ("8 mm Safe working load (SWL): 1,200 kg; 8 mm Breaking load: 4,800 kg")."""
    return " ".join(
        line if line.endswith((".", "!", "?", ":", ";")) or i == len(lines) - 1 else f"{line};"
        for i, line in enumerate(lines)
    )
