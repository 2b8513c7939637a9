"""Prometheus metrics at ``/metrics`` (an ``admin`` key scrapes them).

Two kinds: what this process saw (turns by outcome, escalations by rule, turn latency, model tokens
and cost), counted as they happen; and what the database holds for everyone (handoffs by queue and
status, agents' decisions on suggestions, the outbox backlog and its delivery attempts, offers of
help at checkout and the carts they saved, messages on messaging channels by status), read at scrape
time so every worker reports the same.
With several workers (``copilot serve --workers N``) the per-process counters are summed across them
through prometheus_client's multiprocess mode.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from copilot.db.schema import channel_sends, decisions, handoffs, outbox
from copilot.proactive.report import proactive_report
from copilot.schemas import TurnResult
from copilot.store import Store

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"


class TurnMetrics:
    """What this process counts about turns."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.turns = Counter(
            "copilot_turns",
            "Customer turns by outcome",
            ["action", "handled_by", "drafter"],
            registry=registry,
        )
        self.escalations = Counter(
            "copilot_escalations", "Escalations by the rule that fired", ["rule"], registry=registry
        )
        self.seconds = Histogram(
            "copilot_turn_seconds",
            "Time to answer one customer message",
            buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40),
            registry=registry,
        )
        self.tokens = Counter("copilot_model_tokens", "Model tokens by kind", ["kind"], registry=registry)
        self.cost = Counter("copilot_model_cost_usd", "Estimated model cost in USD", registry=registry)

    def timed(self, turn: Callable[[], TurnResult]) -> TurnResult:
        """Run a turn and count it."""
        started = time.perf_counter()
        result = turn()
        self.observe(result, time.perf_counter() - started)
        return result

    def observe(self, result: TurnResult, seconds: float) -> None:
        self.turns.labels(result.action, result.handled_by, result.drafter.name).inc()
        if result.handoff is not None:
            for reason in result.handoff.reasons:
                self.escalations.labels(reason.rule).inc()
        self.seconds.observe(seconds)
        self.tokens.labels("prompt").inc(result.usage.prompt_tokens)
        self.tokens.labels("completion").inc(result.usage.completion_tokens)
        self.cost.inc(result.usage.cost_usd)


class StoreCollector(Collector):
    """What the database says, for every worker alike."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def collect(self) -> Iterator[Metric]:
        queued = GaugeMetricFamily(
            "copilot_handoffs", "Handoffs by queue and status", labels=["queue", "status"]
        )
        decided = CounterMetricFamily(
            "copilot_suggestion_decisions", "Agents' decisions on suggestions", labels=["choice"]
        )
        with self.engine.connect() as conn:
            for queue, status, count in conn.execute(
                select(handoffs.c.queue, handoffs.c.status, func.count()).group_by(
                    handoffs.c.queue, handoffs.c.status
                )
            ):
                queued.add_metric([queue, status], count)
            for choice, count in conn.execute(
                select(decisions.c.choice, func.count()).group_by(decisions.c.choice)
            ):
                decided.add_metric([choice], count)
            backlog, attempts = conn.execute(
                select(
                    func.count().filter(outbox.c.delivered_at.is_(None)),
                    func.coalesce(func.sum(outbox.c.attempts), 0),
                )
            ).one()
        yield queued
        yield decided
        yield GaugeMetricFamily("copilot_outbox_backlog", "Outbox items not yet delivered", value=backlog)
        yield CounterMetricFamily(
            "copilot_outbox_delivery_attempts", "Delivery attempts made", value=attempts
        )
        yield self._channel_sends()

    def _channel_sends(self) -> Metric:
        """Messages to shoppers on messaging channels by where, what and what became of them (blocked:
        the destination opted out or never opted in)."""
        sends = GaugeMetricFamily(
            "copilot_channel_messages",
            "Messages to shoppers on messaging channels, by channel, kind and status",
            labels=["channel", "kind", "status"],
        )
        with self.engine.connect() as conn:
            for channel, kind, status, count in conn.execute(
                select(
                    channel_sends.c.channel, channel_sends.c.kind, channel_sends.c.status, func.count()
                ).group_by(channel_sends.c.channel, channel_sends.c.kind, channel_sends.c.status)
            ):
                sends.add_metric([channel, kind, status], count)
        return sends


class ProactiveCollector(Collector):
    """Proactive help at checkout, from the database: offers and acceptances by kind, carts saved."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterator[Metric]:
        report = proactive_report(self.store)
        offers = CounterMetricFamily(
            "copilot_proactive_offers", "Offers of help at checkout by kind", labels=["kind"]
        )
        accepted = CounterMetricFamily(
            "copilot_proactive_accepted", "Offers of help at checkout accepted, by kind", labels=["kind"]
        )
        for counts in report.by_kind:
            offers.add_metric([counts.kind], counts.offers)
            accepted.add_metric([counts.kind], counts.accepted)
        yield offers
        yield accepted
        yield CounterMetricFamily(
            "copilot_proactive_carts_saved",
            "Offers followed by the customer's order (order_created)",
            value=report.carts_saved,
        )
        yield CounterMetricFamily(
            "copilot_proactive_saved_value",
            "Value of the carts saved, as reported at checkout",
            value=report.saved_value,
        )


def registry_for(store: Store) -> tuple[CollectorRegistry, TurnMetrics]:
    """The registry /metrics exposes, and the turn counters to feed it."""
    counted = CollectorRegistry(auto_describe=True)
    metrics = TurnMetrics(counted)
    exposed = counted
    if os.environ.get(MULTIPROCESS_DIR):  # several workers: expose what all of them counted
        exposed = CollectorRegistry()
        multiprocess.MultiProcessCollector(exposed)  # type: ignore[no-untyped-call]
    exposed.register(StoreCollector(store))
    exposed.register(ProactiveCollector(store))
    return exposed, metrics


def exposition(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
