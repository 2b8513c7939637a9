"""Run an eval suite: ingest its shop into a temporary home, replay every case, check, measure, gate.

Cases are independent conversations, so they run in parallel (one ``Copilot`` per worker thread). A
case that raises is recorded as failed with its error; the run goes on.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from copilot.drafting.fallback import make_drafter
from copilot.drafting.offline import OfflineDrafter
from copilot.errors import ConfigurationError, CopilotError
from copilot.evals.compare import compare_reports
from copilot.evals.judge import Judge
from copilot.evals.metrics import CaseRun, EvalReport, compute_metrics, metrics_by_tag
from copilot.evals.suite import Case, Gate, Suite, describe, fact_found, load_suite
from copilot.guardrails import check_grounding, facts_in
from copilot.identity.gate import Caller
from copilot.ingest import ingest
from copilot.logs import get_logger
from copilot.schemas import HandoffPacket, Passage, TurnResult
from copilot.service import Copilot
from copilot.settings import Settings

log = get_logger(__name__)
DrafterChoice = Literal["offline", "llm"]


def source_matches(expected: str, passage: Passage) -> bool:
    """A passage key ("variant:P1:SKU"), a key prefix ("variant:P1:") or a source path ("docs/returns.md")."""
    return passage.key == expected or passage.key.startswith(expected) or passage.source == expected


def check_case(
    case: Case,
    result: TurnResult,
    copilot: Copilot,
    k: int,
    latency_ms: float,
    usage: tuple[int, int, float],
    handoff: HandoffPacket | None = None,
) -> CaseRun:
    """What passed and what failed for one case, from its last turn's result; ``handoff`` is the
    conversation's escalation, whichever turn escalated (a later turn goes to the agent)."""
    handoff = handoff or result.handoff
    expect = case.expect
    failures: list[str] = []
    if expect.action is not None and result.action != expect.action:
        failures.append(f"action {result.action}, expected {expect.action}")
    missing = [describe(f) for f in expect.facts if not fact_found(f, result.reply)]
    failures += [f"missing fact: {m}" for m in missing]
    visible = " ".join([result.reply, *result.suggestions]).lower()
    leaks = [s for s in expect.never if s.lower() in visible]
    failures += [f"leaked: {s}" for s in leaks]
    if expect.must_escalate is not None and (handoff is not None) != expect.must_escalate:
        failures.append("escalated, expected not to" if handoff else "did not escalate, expected to")
    rules = [r.rule for r in handoff.reasons] if handoff else []
    if expect.escalation_rule and expect.escalation_rule not in rules:
        failures.append(f"escalation rule {expect.escalation_rule} not among {rules or 'none'}")
    if expect.queue and (handoff is None or handoff.queue != expect.queue):
        failures.append(f"queue {handoff.queue if handoff else 'none'}, expected {expect.queue}")
    hits = copilot.retriever.search(case.turns[-1], k) if expect.sources else []
    cited = copilot.retriever.cited(result.citations)
    rank = next((h.rank for h in hits if any(source_matches(e, h.passage) for e in expect.sources)), None)
    cites_expected = any(source_matches(e, p) for e in expect.sources for p in cited)
    if expect.sources and rank is None and not cites_expected:
        failures.append(f"none of {expect.sources} cited or retrieved in the top {k}")
    # The customer this conversation verified (by the channel or in the chat), as the turn saw them.
    bound = copilot.conversations.get(result.conversation_id, last=0).customer_id if result.verified else None
    customer = copilot.store.customer(bound) if bound else None
    orders = copilot.store.orders_of(customer.customer_id) if customer else []
    texts = list(result.evidence)
    if handoff is not None:  # the promised reply time comes from the queue's configuration
        texts.append(copilot.policy.queue(handoff.queue).response_time)
    evidence = copilot.evidence(result.citations, orders, customer, texts)
    checkable = len(facts_in(result.reply))
    unsupported = len(check_grounding(result.reply, evidence, case.turns).unsupported)
    return CaseRun(
        case_id=case.id,
        tags=case.tags,
        turns=case.turns,
        expected_action=expect.action,
        action=result.action,
        reply=result.reply,
        failures=failures,
        facts_total=len(expect.facts),
        facts_found=len(expect.facts) - len(missing),
        leaks=leaks,
        expected_escalate=expect.must_escalate,
        escalated=handoff is not None,
        sources_expected=bool(expect.sources),
        source_rank=rank,
        retrieved=[h.passage.key for h in hits],
        checkable=checkable,
        grounded=checkable - unsupported,
        latency_ms=round(latency_ms, 2),
        prompt_tokens=usage[0],
        completion_tokens=usage[1],
        cost_usd=usage[2],
        result=result,
    )


def _run_case(case: Case, repeat: int, copilot: Copilot, k: int, judge: Judge | None) -> CaseRun:
    # Each case is its own caller: failed proofs in one case never count against another.
    caller = Caller(
        customer_email=case.customer_email, source=f"eval-{case.id}-{repeat}-{uuid.uuid4().hex[:8]}"
    )
    conversation, session = copilot.start()
    prompt = completion = model_turns = 0
    cost = 0.0
    fallbacks: list[str] = []
    try:
        result: TurnResult | None = None
        handoff: HandoffPacket | None = None
        latency = 0.0
        for text in case.turns:
            started = time.perf_counter()
            result = copilot.turn(
                text,
                conversation_id=conversation,
                session_token=session,
                caller=caller,
                cart_total=case.cart_total,
            )

            latency = (time.perf_counter() - started) * 1000
            handoff = handoff or result.handoff
            prompt += result.usage.prompt_tokens
            completion += result.usage.completion_tokens
            cost += result.usage.cost_usd
            drafted = result.drafter
            if drafted.name == "llm" or drafted.fallback:
                model_turns += 1
                fallbacks += [drafted.fallback_reason or "unknown"] if drafted.fallback else []
        assert result is not None
        run = check_case(case, result, copilot, k, latency, (prompt, completion, round(cost, 6)), handoff)
        run.model_turns, run.fallback_reasons = model_turns, fallbacks
    except Exception as exc:  # one broken case is a failed case, not a failed run
        log.exception("case %s failed with an error", case.id)
        return CaseRun(
            case_id=case.id,
            repeat=repeat,
            tags=case.tags,
            turns=case.turns,
            action="error",
            expected_action=case.expect.action,
            failures=[f"error: {exc.__class__.__name__}: {exc}"],
            error=str(exc),
        )
    run.repeat = repeat
    if judge is not None and case.expect.rubric:
        try:
            run.judged, run.judge_reason = judge.grade(case.turns, run.reply, case.expect.rubric)
        except CopilotError as exc:
            run.judge_reason = f"judge unavailable: {exc}"
        if run.judged is False:
            run.failures.append(f"judge: {run.judge_reason}")
    return run


def gate_failures(report: EvalReport, gate: Gate, baseline: EvalReport | None = None) -> list[str]:
    """Why this run must not pass: floors not reached, leaks, and (given a baseline) what
    ``compare_reports`` calls a regression: metrics down beyond the tolerance, more leaks, cases that
    passed before and fail now."""
    failures = []
    overall = report.overall.model_dump()
    for metric, floor in gate.min.items():
        value = overall.get(metric)
        if value is None or value < floor:
            failures.append(f"{metric} {value} is below its floor {floor}")
    if report.overall.leaks > gate.max_leaks:
        failures.append(f"{report.overall.leaks} leak(s); at most {gate.max_leaks} allowed")
    if baseline is not None:
        failures += compare_reports(baseline, report, gate.tolerance).regressions
    return failures


def run_suite(
    path: Path,
    *,
    repeats: int = 1,
    drafter: DrafterChoice = "offline",
    judge: bool = False,
    workers: int = 4,
    settings: Settings | None = None,
    gate: Gate | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Ingest the suite's shop (into a temporary home unless ``settings`` is given) and run every case
    ``repeats`` times; the suite's gate (or ``gate``) decides ``gate_failures``."""
    suite = load_suite(path)
    sources = (path.parent / suite.sources).resolve()
    data_dir = (path.parent / suite.data_dir).resolve() if suite.data_dir else None
    if data_dir is not None and not data_dir.is_dir():
        raise ConfigurationError(f"{path}: its data_dir {suite.data_dir} ({data_dir}) does not exist")
    if settings is not None:
        ingest(sources, settings, data_dir=data_dir)
        return _run(suite, settings, repeats, drafter, judge, workers, gate, progress)
    with tempfile.TemporaryDirectory(prefix="copilot-eval-") as home:
        # The configured model stays available (--drafter llm, --judge); nothing else of production is
        # reachable: the index, the database, the webhooks.
        scratch = Settings().model_copy(
            update={"home": Path(home), "database_url": None, "chroma_url": None, "webhook_urls": ""}
        )
        ingest(sources, scratch, data_dir=data_dir)
        return _run(suite, scratch, repeats, drafter, judge, workers, gate, progress)


def _run(
    suite: Suite,
    settings: Settings,
    repeats: int,
    drafter: DrafterChoice,
    use_judge: bool,
    workers: int,
    gate: Gate | None,
    progress: Callable[[int, int], None] | None,
) -> EvalReport:
    runs = run_cases(
        suite.cases,
        settings,
        k=suite.k,
        repeats=repeats,
        drafter=drafter,
        judge=use_judge,
        workers=workers,
        progress=progress,
    )
    report = EvalReport(
        suite=suite.name,
        created_at=datetime.now(UTC),
        drafter=drafter,
        repeats=repeats,
        overall=compute_metrics(runs),
        by_tag=metrics_by_tag(runs),
        runs=runs,
    )
    report.gate_failures = gate_failures(report, gate or suite.gate)
    return report


def run_cases(
    cases: list[Case],
    settings: Settings,
    *,
    k: int = 5,
    repeats: int = 1,
    drafter: DrafterChoice = "offline",
    judge: bool = False,
    workers: int = 4,
    progress: Callable[[int, int], None] | None = None,
) -> list[CaseRun]:
    """Every case ``repeats`` times against an ingested home, in parallel, in the cases' order."""
    if drafter == "llm" and not settings.llm_enabled:
        raise ConfigurationError("--drafter llm needs a model: set OPENAI_BASE_URL and/or OPENAI_API_KEY")
    grader = Judge(settings) if judge else None
    local = threading.local()

    def worker_copilot() -> Copilot:
        if not hasattr(local, "copilot"):
            if drafter == "offline":  # no model at all: neither drafts nor handoff summaries
                offline = settings.model_copy(update={"openai_base_url": None, "openai_api_key": None})
                local.copilot = Copilot(offline, drafter=OfflineDrafter())
            else:
                local.copilot = Copilot(settings, drafter=make_drafter(settings))
        return local.copilot  # type: ignore[no-any-return]

    tasks = [(case, r) for case in cases for r in range(repeats)]
    done = 0
    lock = threading.Lock()

    def one(task: tuple[Case, int]) -> CaseRun:
        nonlocal done
        run = _run_case(task[0], task[1], worker_copilot(), k, grader)
        with lock:
            done += 1
            if progress:
                progress(done, len(tasks))
        return run

    with ThreadPoolExecutor(max(1, workers)) as pool:
        return list(pool.map(one, tasks))
