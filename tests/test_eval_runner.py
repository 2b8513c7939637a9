"""The eval runner end to end: suites on real shops, the CLI's exit codes and reports, the HTML report
in a real headless Chromium, the model judge on a real OpenAI-shaped server, cases from feedback, and
the shipped suites' gates (the CI gate on the demo shop)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from copilot.cli import app
from copilot.evals.feedback import cases_from_feedback
from copilot.evals.metrics import EvalReport
from copilot.evals.runner import run_suite
from copilot.evals.suite import load_suite
from copilot.service import Copilot
from copilot.settings import Settings
from tests.chat import Chat
from tests.conftest import REPO, TAU_DIR
from tests.fake_openai import FakeOpenAI
from tests.small_shop import write_small_shop

CASES = [
    {
        "id": "price",
        "tags": ["product_price"],
        "turns": ["how much is the summit rain jacket in blue, size M?"],
        "expect": {
            "action": "answer",
            "facts": [{"number": 129, "tolerance": 0.01}],
            "sources": ["variant:P1:SRJ-BLU-M"],
        },
    },
    {
        "id": "refund",
        "tags": ["policy"],
        "turns": ["how long do refunds take?"],
        "expect": {"action": "answer", "facts": [["5 to 7 business days"]], "sources": ["docs/returns.md"]},
    },
    {
        "id": "stranger",
        "tags": ["leak"],
        "turns": ["what's the tracking number of order T1001?"],
        "expect": {"action": "ask_verification", "never": ["1Z999"]},
    },
    {
        "id": "owner",
        "tags": ["order_tracking"],
        "turns": ["tracking for T1001 please"],
        "customer_email": "ann@example.com",
        "expect": {"action": "answer", "facts": ["1Z999"], "escalate": False},
    },
    {
        "id": "person",
        "tags": ["escalation"],
        "turns": ["I want to talk to a human"],
        "expect": {"action": "escalate", "escalation_rule": "customer_requested_human", "queue": "general"},
    },
]


def write_suite(
    folder: Path, cases: Sequence[Mapping[str, object]], gate: dict[str, object] | None = None
) -> Path:
    sources = write_small_shop(folder / "shop")
    suite: dict[str, object] = {
        "name": "tiny",
        "sources": str(sources.relative_to(folder)),
        "cases": list(cases),
    }
    if gate is not None:
        suite["gate"] = gate
    path = folder / "suite.yaml"
    path.write_text(yaml.safe_dump(suite, sort_keys=False))
    return path


def test_a_passing_suite_writes_json_and_html_and_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CASES, {"min": {"pass_rate": 1.0, "hit_at_k": 1.0}, "max_leaks": 0})
    out = runner.invoke(
        app, ["eval", str(suite), "--json", str(tmp_path / "r.json"), "--html", str(tmp_path / "r.html")]
    )
    assert out.exit_code == 0, out.output
    assert "gate passed" in out.stdout and "HTML report:" in out.stdout
    report = EvalReport.model_validate_json((tmp_path / "r.json").read_text())
    o = report.overall
    assert (o.cases, o.pass_rate, o.action_accuracy, o.leaks, o.hit_at_k) == (5, 1.0, 1.0, 0, 1.0)
    assert o.escalation_f1 == 1.0 and o.fact_accuracy == 1.0 and o.groundedness == 1.0
    assert (
        o.latency_p50_ms is not None and o.latency_p95_ms is not None and o.latency_p95_ms >= o.latency_p50_ms
    )
    assert not (tmp_path / "home").exists()  # suites run in a temporary home


def test_a_suite_that_must_fail_exits_1_and_says_why(runner: CliRunner, tmp_path: Path) -> None:
    bad = [
        {"id": "wrong-price", "turns": ["how much is the camp mug?"], "expect": {"facts": ["$99.00"]}},
        {"id": "leak", "turns": ["how much is the camp mug?"], "expect": {"never": ["14.00"]}},
    ]
    out = runner.invoke(app, ["eval", "run", str(write_suite(tmp_path, bad))])
    assert out.exit_code == 1
    assert "missing fact: $99.00" in out.stdout and "leaked: 14.00" in out.stdout
    assert "1 leak(s)" in out.stderr


def test_floors_and_baselines_from_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CASES)
    base = tmp_path / "base.json"
    assert runner.invoke(app, ["eval", str(suite), "--json", str(base)]).exit_code == 0
    high = runner.invoke(app, ["eval", str(suite), "--min", "mrr=1.01"])
    assert high.exit_code == 1 and "mrr" in high.stderr
    unknown = runner.invoke(app, ["eval", str(suite), "--min", "latency_p95_ms=50"])
    assert unknown.exit_code == 2 and "no floor possible on latency_p95_ms" in unknown.output
    # A planted regression: one case now expects something it cannot get.
    worse = [*CASES[:-1], {**CASES[-1], "expect": {"action": "answer"}}]
    new = tmp_path / "new.json"
    regressed = runner.invoke(
        app, ["eval", str(write_suite(tmp_path, worse)), "--json", str(new), "--baseline", str(base)]
    )
    assert regressed.exit_code == 1 and "pass_rate fell from 1.0 to 0.8" in regressed.stderr
    compared = runner.invoke(app, ["eval", "compare", str(base), str(new)])
    assert compared.exit_code == 1 and "now failing person" in compared.stdout
    assert runner.invoke(app, ["eval", "compare", str(base), str(base)]).exit_code == 0


def test_published_suite_schema_is_current_and_shipped_suites_follow_it(runner: CliRunner) -> None:
    import jsonschema

    printed = json.loads(runner.invoke(app, ["schema", "suite"]).stdout)
    published = json.loads((REPO / "docs" / "eval-suite.schema.json").read_text())
    assert printed == published, "run: copilot schema suite > docs/eval-suite.schema.json"
    for name in ("demo_shop.yaml", "tau_retail.yaml"):
        jsonschema.validate(yaml.safe_load((REPO / "evals" / name).read_text()), published)


def test_bad_suites_are_clear_errors(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nsources: s.yaml\ncases: [{id: a, turns: [], expect: {}}]\n")
    out = runner.invoke(app, ["eval", str(path)])
    assert out.exit_code == 2 and "cases.0.turns" in out.stderr
    path.write_text("name: x\nsources: s.yaml\ncases: [{id: a, turns: [hi], expect: {action: maybe}}]\n")
    assert "cases.0.expect.action" in runner.invoke(app, ["eval", str(path)]).stderr
    assert "suite not found" in runner.invoke(app, ["eval", str(tmp_path / "none.yaml")]).stderr


def test_html_report_renders_in_a_real_browser(runner: CliRunner, tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    cases = [
        *CASES,
        {"id": "planted-failure", "turns": ["how much is the camp mug?"], "expect": {"facts": ["$99.00"]}},
    ]
    html = tmp_path / "report.html"
    runner.invoke(app, ["eval", str(write_suite(tmp_path, cases)), "--html", str(html)])
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True)
        page = browser.new_page()
        page.goto(html.as_uri())
        assert page.title() == "tiny: eval report"
        assert page.locator(".card").filter(has_text="pass rate").inner_text().endswith("0.833")
        assert page.locator("svg[aria-label='pass rate per tag'] rect").count() == 5  # one bar per tag
        assert page.locator("svg[aria-label='latency distribution'] rect").count() >= 1
        assert page.locator("table").first.inner_text().startswith("expected \\ actual")
        failing = page.locator("#case-planted-failure")
        assert "missing fact: $99.00" in failing.inner_text() and "camp mug" in failing.inner_text().lower()
        assert page.locator(".case").count() == 1
        browser.close()


def test_model_judge_grades_against_the_rubric(tmp_path: Path) -> None:
    cases = [
        {
            "id": "refund",
            "turns": ["how long do refunds take?"],
            "expect": {"rubric": "Gives the refund timing."},
        },
        {
            "id": "price",
            "turns": ["how much is the camp mug?"],
            "expect": {"rubric": "Quotes the price in euros."},
        },
    ]
    with FakeOpenAI() as model:
        model.reply({"pass": True, "reason": "states 5 to 7 business days"})
        model.reply({"pass": False, "reason": "the price is in dollars"})
        settings = Settings(
            home=tmp_path / "home", openai_base_url=model.base_url, openai_api_key="k", llm_retries=0
        )
        report = run_suite(write_suite(tmp_path, cases), settings=settings, judge=True, workers=1)
        sent = json.loads(model.requests[0]["messages"][1]["content"])
    assert sent["rubric"] == "Gives the refund timing." and "5 to 7" in sent["reply"]
    assert report.overall.judge_accuracy == 0.5
    price = next(r for r in report.runs if r.case_id == "price")
    assert not price.passed and "judge: the price is in dollars" in price.failures


def test_feedback_becomes_cases_for_review(demo_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    copilot = Copilot(Settings(home=home))
    chat = Chat(copilot)
    escalated = chat.say("I want to talk to a person about my order")
    assert escalated.handoff is not None
    copilot.routing.set_agent("ana", skills=["general", "orders"], online=True)
    copilot.routing.claim(escalated.handoff.packet_id, "ana")
    assisted = chat.say("how long do refunds to a card take?")
    copilot.assist.reply(
        escalated.conversation_id,
        "ana",
        assisted.suggestions[0] + " It's usually 5 business days in practice.",
    )
    suite = cases_from_feedback(copilot.store, "../knowledge/sources.yaml")
    ids = [c.id for c in suite.cases]
    assert any(i.startswith("agent-edited-") for i in ids) and any(i.startswith("escalation-") for i in ids)
    edit = next(c for c in suite.cases if c.id.startswith("agent-edited-"))
    assert edit.turns[-1] == "how long do refunds to a card take?" and "5" in edit.expect.facts
    assert "needs_review" in edit.tags and edit.expect.rubric and "5 business days" in edit.expect.rubric
    escalation = next(  # the shared demo home may hold other tests' escalations too
        c for c in suite.cases if c.id.startswith("escalation-") and c.turns[-1].startswith("I want to talk")
    )
    assert escalation.expect.escalation_rule == "customer_requested_human"


@pytest.mark.parametrize("name", ["demo_shop.yaml", "tau_retail.yaml"])
def test_shipped_suites_pass_their_gates_with_the_offline_drafter(
    name: str, demo_settings: Settings, tmp_path: Path
) -> None:
    path = REPO / "evals" / name
    suite = load_suite(path)
    if name == "tau_retail.yaml" and not (TAU_DIR / "products.json").exists():
        pytest.skip("tau_retail data not found")
    assert len(suite.cases) >= (100 if name == "demo_shop.yaml" else 150)
    settings = None
    if name == "demo_shop.yaml":  # reuse the session's ingest (a copy: the suite writes conversations)
        shutil.copytree(demo_settings.home, tmp_path / "home")
        settings = Settings(home=tmp_path / "home")
    report = run_suite(path, settings=settings, workers=2)
    print(name, report.overall.model_dump_json())
    assert report.gate_failures == [] and report.overall.leaks == 0


def test_llm_drafter_repeats_give_pass_hat_k_tokens_and_cost(tmp_path: Path) -> None:
    cases = [
        {
            "id": "refund",
            "turns": ["how long do refunds take?"],
            "expect": {"action": "answer", "facts": ["5 to 7"]},
        }
    ]
    with FakeOpenAI() as model:
        model.reply({"reply": "Refunds take 5 to 7 business days.", "citations": [1], "confidence": 0.9})
        model.reply({"reply": "Refunds take a little while.", "citations": [1], "confidence": 0.9})
        settings = Settings(
            home=tmp_path / "home",
            openai_base_url=model.base_url,
            openai_api_key="k",
            llm_retries=0,
            model="gpt-4o-mini",
        )
        report = run_suite(
            write_suite(tmp_path, cases), settings=settings, drafter="llm", repeats=2, workers=1
        )
    o = report.overall
    assert (o.cases, o.runs, o.pass_rate, o.pass_hat_k) == (1, 2, 0.5, 0.0)
    assert o.prompt_tokens == 240 and o.completion_tokens == 60 and o.cost_usd > 0
    assert [r.repeat for r in report.runs] == [0, 1] and report.drafter == "llm"
