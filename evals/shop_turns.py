"""Turn cases for any shop, derived from its own data, run with the configured drafter.

    python evals/shop_turns.py knowledge/sources.yaml --policy evals/demo_policy.yaml
    python evals/shop_turns.py examples/tau_retail.yaml --data-dir ../shared/data/tau_retail \\
        --policy evals/tau_policy.yaml

The sources are ingested into a temporary home; the script prints accuracy per kind and every failure,
and exits 1 if any forbidden fact leaked.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from copilot.evals.generate import generate_cases, load_policy_cases
from copilot.evals.turns import TurnReport, run_turn_cases
from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings


def print_report(report: TurnReport) -> None:
    print(f"{'kind':<24}{'cases':>6}{'passed':>8}{'accuracy':>10}")
    for kind, score in report.by_kind.items():
        print(f"{kind:<24}{score.cases:>6}{score.passed:>8}{score.accuracy:>10.2f}")
    passed = sum(o.passed for o in report.outcomes)
    print(f"{'all':<24}{len(report.outcomes):>6}{passed:>8}{report.accuracy:>10.2f}")
    print(f"leaks: {report.leaks}")
    for outcome in report.outcomes:
        if not outcome.passed:
            print(
                f"FAIL {outcome.case.id}: {outcome.case.turns[-1]!r} -> {outcome.result.action}: "
                f"{outcome.result.reply[:160]!r} missing={outcome.missing} leaked={outcome.leaked}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sources", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--policy", type=Path, help="YAML list of {question, facts}")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="copilot-turns-") as home:
        settings = Settings(home=Path(home))
        ingest(args.sources, settings, data_dir=args.data_dir)
        copilot = Copilot(settings)
        policy = load_policy_cases(args.policy) if args.policy else []
        report = run_turn_cases(copilot, generate_cases(copilot, policy, args.seed))
    print_report(report)
    sys.exit(1 if report.leaks else 0)


if __name__ == "__main__":
    main()
