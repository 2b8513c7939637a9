"""Write the learned reader of instructions in messages (``copilot/identity/instructions_examples.npz``).

The injection rules read English and a few dozen languages. ``copilot/identity/instructions.py``
compares a message's multilingual-e5-small vector with labelled messages of both kinds, written by a
helper who never saw the identity code or the attack sets (``tests/data/message_instructions_train.yaml``:
instructions to the assistant and claims of a check, and ordinary shopper messages that use the same
words innocently, in over a hundred languages). What it must do is read a language it has no example
of, so the margin is chosen with each language held out in turn: the lowest at which no more than one in
400 of the held-out languages' ordinary messages are flagged (each would be asked to send its proof again).
The held-out identity sets are the measure (tests/test_identity.py), never the training.

    python tools/train_message_model.py            # writes the examples, prints the held-out figures
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copilot.identity.instructions import EXAMPLES_FILE, beside_the_facts  # noqa: E402
from copilot.knowledge.screening_model import embed, nearness  # noqa: E402

TRAIN_SET = ROOT / "tests" / "data" / "message_instructions_train.yaml"
# of the held-out languages' ordinary messages: each would be asked to send its proof again, alone
MAX_FALSE_RATE = 0.0025


def main() -> None:
    data = yaml.safe_load(TRAIN_SET.read_text(encoding="utf-8"))
    flag_langs = np.array([e["lang"] for e in data["flag"]])
    keep_langs = np.array([e["lang"] for e in data["keep"]])
    flag = embed([beside_the_facts(e["text"]) for e in data["flag"]])  # read as a message is
    keep = embed([beside_the_facts(e["text"]) for e in data["keep"]])
    flag_near, keep_near = np.zeros(len(flag)), np.zeros(len(keep))
    for lang in sorted(set(flag_langs) | set(keep_langs)):  # each language read with none of its own
        f, k = flag_langs == lang, keep_langs == lang
        if f.any():
            flag_near[f] = nearness(flag[f], flag[~f], keep[~k])
        if k.any():
            keep_near[k] = nearness(keep[k], flag[~f], keep[~k])
    margin = float(next(m for m in np.arange(0.0, 0.1, 0.0025) if (keep_near > m).mean() <= MAX_FALSE_RATE))
    print(
        f"languages held out in turn: instructions flagged {(flag_near > margin).mean():.3f}, "
        f"ordinary messages flagged {(keep_near > margin).mean():.3f}"
    )
    np.savez_compressed(
        EXAMPLES_FILE, flag=flag.astype(np.float16), keep=keep.astype(np.float16), margin=margin
    )
    print(
        f"margin {margin:.4f}; wrote {EXAMPLES_FILE.relative_to(ROOT)} ({EXAMPLES_FILE.stat().st_size} bytes)"
    )


if __name__ == "__main__":
    main()
