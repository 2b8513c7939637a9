"""Start-up benchmark: how long ``import copilot`` and ``copilot --help`` take, beside the interpreter
alone and the CLI framework alone in the same run (the floors no import order can beat).

    python bench/startup_bench.py [--runs 15]

Each figure is the median wall time of a fresh process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

COPILOT = Path(sys.executable).with_name("copilot")
PROGRAMS = {
    "python -c pass (interpreter)": [sys.executable, "-c", "pass"],
    "import typer, rich, pydantic (CLI floor)": [
        sys.executable,
        "-c",
        "import typer, rich.console, pydantic",
    ],
    "import copilot": [sys.executable, "-c", "import copilot"],
    "copilot --help": [str(COPILOT), "--help"],
    "import copilot.service (a turn's parts)": [sys.executable, "-c", "import copilot.service"],
}


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    figures = {name: median_seconds(command, runs) for name, command in PROGRAMS.items()}
    floor = figures["import typer, rich, pydantic (CLI floor)"]
    print(f"{'program':45} {'median s':>9} {'x CLI floor':>12}")
    for name, seconds in figures.items():
        print(f"{name:45} {seconds:9.3f} {seconds / floor:12.2f}")


if __name__ == "__main__":
    main()
