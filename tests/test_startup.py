"""``import copilot`` and ``copilot --help`` load none of the heavy parts (vector store, embedding
runtime, model client, LangChain, the web framework): they are imported where a command needs them.
How long start-up takes is measured in ``bench/startup_bench.py``, not asserted here."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = (
    "chromadb",
    "onnxruntime",
    "openai",
    "langchain_core",
    "langchain_text_splitters",
    "fastapi",
    "sqlalchemy",
    "bm25s",
    "tokenizers",
    "numpy",
)
_LOADED = f"import sys; print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"


@pytest.mark.parametrize(
    "program",
    [
        "import copilot",
        "import copilot.cli",
        "import sys; sys.argv = ['copilot', '--help']\nfrom copilot.cli import main\ntry:\n    main()\n"
        "except SystemExit:\n    pass",
        "import sys; sys.argv = ['copilot', 'eval', '--help']\nfrom copilot.cli import main\ntry:\n"
        "    main()\nexcept SystemExit:\n    pass",
    ],
)
def test_start_up_loads_no_heavy_parts(program: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"{program}\n{_LOADED}"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_public_names_still_resolve() -> None:
    import copilot

    for name in copilot.__all__:
        assert getattr(copilot, name) is not None
    with pytest.raises(AttributeError):
        _ = copilot.no_such_name
