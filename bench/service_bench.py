"""Service benchmark: the HTTP API under load, beside the same turns run in process in the same run.

    python bench/service_bench.py                 # 10k-passage synthetic shop, 2 workers

What it measures, on a copy of a 10k-passage synthetic shop's home (offline drafter):
- **in process**: N processes (N = workers) each running turns through ``Copilot.turn`` in a closed
  loop over its own conversations: turns/s, the ceiling the API can approach;
- **closed loop over HTTP**: ``copilot serve --workers N``, 200 conversations each posting its next
  message as soon as the previous reply arrives: turns/s and p50/p95/p99; HTTP / in process is the
  service's overhead;
- **open loop over HTTP**: messages sent on a fixed schedule (100/s from 200 conversations) whatever
  the replies do; latency is counted from the scheduled time, so a stalled server cannot hide its queue;
- **memory**: RSS of one worker (``--workers 1``) before and after 5,000 conversations were opened.

The load comes from this process: an aiohttp client on one event loop (uvloop when installed). Its own
ceiling is measured first against ``/healthz`` (a route that does no work), and its CPU time during
each run is printed, to show it is not what limits the figures. Everything runs on the same machine, so
the client's CPU is taken from the server's: the figures are a floor for a server with its own cores.

Questions are drawn without repeats (about 10,000 different ones). A conversation posts up to four
messages, then a new one starts; one that escalated starts over too
(the bot stays silent in a conversation a person owns, and silent turns would flatter the rate).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_shop import queries, write_shop

from copilot.access.keys import Keys
from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.store import Store

TURNS_PER_CONVERSATION = 4


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def prepare_home(work: Path, passages: int) -> tuple[Path, int]:
    """A fresh copy of the synthetic shop's home (ingested once and kept), so runs never pile up
    conversations in the home the other benchmarks reuse. Returns the settings and product count."""
    sources = write_shop(work / f"shop-{passages}", passages)
    source_home = work / f"home-{passages}"
    if not (source_home / "copilot.db").exists():
        ingest(sources, Settings(home=source_home))
    home = work / f"service-home-{passages}"
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(source_home, home)
    products = sum(1 for _ in (sources.parent / "products.jsonl").open())
    return home, products


@dataclass
class Conversation:
    """A shopper's conversation as the client keeps it: what continues it and how far it got."""

    conversation_id: str | None = None
    session_token: str | None = None
    turns: int = 0

    def body(self, text: str) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text}
        if self.conversation_id:
            body |= {"conversation_id": self.conversation_id, "session_token": self.session_token}
        return body

    def record(self, result: dict[str, Any]) -> None:
        if self.conversation_id is None:
            self.conversation_id, self.session_token = result["conversation_id"], result["session_token"]
        self.turns += 1
        if self.turns >= TURNS_PER_CONVERSATION or result["action"] == "escalate":
            self.conversation_id, self.session_token, self.turns = None, None, 0


# ---- in process ---------------------------------------------------------------------------------


def distinct_queries(rng: random.Random, products: int) -> list[str]:
    """About 10,000 different questions: no turn of a run asks what an earlier one asked word for word
    (the encoder remembers recent texts; repeats would flatter the rate)."""
    return list(dict.fromkeys(queries(rng, 20_000, products)))


def _in_process_worker(settings: Settings, products: int, seed: int, seconds: float, out: Any) -> None:
    core = Copilot(settings)
    rng = random.Random(seed)
    texts = distinct_queries(rng, products)
    conversations = [Conversation() for _ in range(50)]
    for i in range(20):  # warm-up
        core.turn(texts[i])
    done, started, i = 0, time.perf_counter(), 0
    while time.perf_counter() - started < seconds:
        conversation = conversations[i % len(conversations)]
        result = core.turn(
            texts[i % len(texts)],
            conversation_id=conversation.conversation_id,
            session_token=conversation.session_token,
        )
        conversation.record(result.model_dump())
        done, i = done + 1, i + 1
    out.put(done / (time.perf_counter() - started))


def in_process_rate(settings: Settings, products: int, processes: int, seconds: float) -> float:
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    workers = [
        context.Process(target=_in_process_worker, args=(settings, products, 10 + n, seconds, out))
        for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    rates: list[float] = [out.get() for _ in workers]
    for worker in workers:
        worker.join()
    return sum(rates)


# ---- the server ---------------------------------------------------------------------------------


class Server:
    """``copilot serve`` in its own process group, on a free port of 127.0.0.1."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.port = free_port()
        env = os.environ | {"COPILOT_HOME": str(settings.home), "COPILOT_API_RATE_LIMIT": "0"}
        if settings.chroma_url:
            env["COPILOT_CHROMA_URL"] = settings.chroma_url
        self.log = settings.home.parent / f"serve-{workers}-workers.log"  # why a request failed
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "copilot",
                    "serve",
                    "--port",
                    str(self.port),
                    "--workers",
                    str(workers),
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.url = f"http://127.0.0.1:{self.port}"

    async def ready(self, session: aiohttp.ClientSession) -> None:
        for _ in range(600):
            try:
                async with session.get(f"{self.url}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
        raise RuntimeError("the server did not become ready in 60 s")

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def stop(self) -> None:
        os.killpg(self.process.pid, 15)
        self.process.wait(timeout=30)


# ---- load ---------------------------------------------------------------------------------------


@dataclass
class Load:
    """What one run saw: when each successful turn finished and its latency (ms), and failures."""

    finished: list[tuple[float, float]] = field(default_factory=list)
    failures: Counter[str] = field(default_factory=Counter)  # by status code or error type

    def summary(self, start: float, end: float, client_cpu: float) -> dict[str, Any]:
        """Figures over the turns that finished in [start, end]: a closed loop's steady state, or an
        open loop's whole run (end: its last reply, so turns/s is the rate actually served)."""
        latencies = [ms for at, ms in self.finished if start <= at <= end]
        return {
            "turns_per_s": len(latencies) / (end - start),
            "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95),
            "p99_ms": percentile(latencies, 99),
            "failures": sum(self.failures.values()),
            "failures_by_kind": dict(self.failures),
            "client_cpu_share": client_cpu / (end - start),
        }


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def post(
    session: aiohttp.ClientSession, url: str, conversation: Conversation, text: str, load: Load, since: float
) -> None:
    try:
        async with session.post(f"{url}/v1/messages", json=conversation.body(text)) as response:
            result = await response.json()
            if response.status != 200:
                load.failures[f"{response.status}: {result.get('detail', '')[:60]}"] += 1
                return
    except aiohttp.ClientError as exc:
        load.failures[type(exc).__name__] += 1
        return
    now = time.perf_counter()
    load.finished.append((now, (now - since) * 1000))
    conversation.record(result)


async def closed_loop(
    session: aiohttp.ClientSession,
    url: str,
    texts: list[str],
    concurrency: int,
    warmup: float,
    seconds: float,
) -> dict[str, Any]:
    """``concurrency`` shoppers, each sending its next message when the previous reply arrives."""
    load = Load()
    start = time.perf_counter() + warmup
    end = start + seconds

    async def shopper(n: int) -> None:
        conversation, i = Conversation(), n
        while time.perf_counter() < end:
            await post(session, url, conversation, texts[i % len(texts)], load, time.perf_counter())
            i += concurrency

    tasks = [asyncio.create_task(shopper(n)) for n in range(concurrency)]
    await asyncio.sleep(warmup)
    cpu = cpu_seconds()
    await asyncio.sleep(seconds)
    cpu = cpu_seconds() - cpu
    await asyncio.gather(*tasks)
    return load.summary(start, end, cpu)


async def open_loop(
    session: aiohttp.ClientSession,
    url: str,
    texts: list[str],
    rate: float,
    conversations: int,
    seconds: float,
) -> dict[str, Any]:
    """Messages at ``rate`` per second whatever the replies do; latency from the scheduled send time."""
    load = Load()
    shoppers = [Conversation() for _ in range(conversations)]
    busy: set[int] = set()
    pending: list[asyncio.Task[None]] = []
    cpu, start = cpu_seconds(), time.perf_counter()
    for i in range(int(rate * seconds)):
        scheduled = start + i / rate
        await asyncio.sleep(max(0.0, scheduled - time.perf_counter()))
        # the next conversation not waiting for a reply (a shopper types after the answer arrives);
        # when every one waits, the message starts a conversation of its own
        n = next(
            (c % conversations for c in range(i, i + conversations) if c % conversations not in busy), -1
        )
        busy.add(n)

        async def send(n: int = n, text: str = texts[i % len(texts)], at: float = scheduled) -> None:
            await post(session, url, shoppers[n] if n >= 0 else Conversation(), text, load, at)
            busy.discard(n)

        pending.append(asyncio.create_task(send()))
    await asyncio.gather(*pending)
    end = max((at for at, _ in load.finished), default=time.perf_counter())
    return load.summary(start, end, cpu_seconds() - cpu)


async def client_ceiling(session: aiohttp.ClientSession, url: str, concurrency: int, seconds: float) -> float:
    """Requests/s this client drives against a route that does no work: the client's own limit."""
    count, stop_at = 0, time.perf_counter() + seconds

    async def hammer() -> None:
        nonlocal count
        while time.perf_counter() < stop_at:
            async with session.get(f"{url}/healthz") as response:
                await response.read()
            count += 1

    await asyncio.gather(*(hammer() for _ in range(concurrency)))
    return count / seconds


async def open_conversations(session: aiohttp.ClientSession, url: str, texts: list[str], count: int) -> int:
    semaphore, load = asyncio.Semaphore(50), Load()

    async def one(i: int) -> None:
        async with semaphore:
            await post(session, url, Conversation(), texts[i % len(texts)], load, time.perf_counter())

    await asyncio.gather(*(one(i) for i in range(count)))
    return len(load.finished)


def bot_key(settings: Settings) -> str:
    _, key = Keys(Store.for_settings(settings)).create("bot", label="service bench")
    return key


class ChromaServer:
    """``chroma run`` over the home's own chroma folder: what several workers share."""

    def __init__(self, home: Path) -> None:
        self.port = free_port()
        executable = Path(sys.executable).with_name("chroma")
        self.process = subprocess.Popen(
            [
                str(executable),
                "run",
                "--path",
                str(home / "chroma"),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("chroma run did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


async def over_http(
    settings: Settings, workers: int, texts: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    """Client ceiling, closed loop and open loop against ``workers`` workers."""
    headers = {"Authorization": f"Bearer {bot_key(settings)}"}
    results: dict[str, Any] = {}
    async with aiohttp.ClientSession(headers=headers, connector=aiohttp.TCPConnector(limit=0)) as session:
        server = Server(settings, workers)
        try:
            await server.ready(session)
            results["client_ceiling_rps"] = await client_ceiling(session, server.url, 50, 5)
            half = len(texts) // 2  # each run asks its own questions
            results["closed"] = await closed_loop(
                session, server.url, texts[:half], args.concurrency, 5, args.seconds
            )
            results["open"] = await open_loop(
                session, server.url, texts[half:], args.rate, args.concurrency, args.seconds
            )
        finally:
            server.stop()
    return results


async def memory(settings: Settings, texts: list[str], conversations: int) -> dict[str, float]:
    """RSS of one worker once warm, and after ``conversations`` more conversations were opened."""
    headers = {"Authorization": f"Bearer {bot_key(settings)}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        server = Server(settings, 1)
        try:
            await server.ready(session)
            await open_conversations(session, server.url, texts, 50)
            before = server.rss_mib()
            opened = await open_conversations(session, server.url, texts, conversations)
            return {"rss_before_mib": before, "opened": opened, "rss_after_mib": server.rss_mib()}
        finally:
            server.stop()


def configuration(
    settings: Settings, workers: int, products: int, texts: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    in_process = in_process_rate(settings, products, workers, args.seconds)
    http = asyncio.run(over_http(settings, workers, texts, args))
    return {
        "in_process_turns_per_s": in_process,
        **http,
        "http_to_in_process": http["closed"]["turns_per_s"] / in_process,
    }


def report(label: str, figures: dict[str, Any], args: argparse.Namespace) -> None:
    closed, opened = figures["closed"], figures["open"]
    print(f"\n{label}")
    print(f"  client ceiling (GET /healthz, 50 at once)  {figures['client_ceiling_rps']:8.0f} req/s")
    print(
        f"  in process (same processes)                {figures['in_process_turns_per_s']:8.1f} turns/s  "
        "baseline"
    )
    print(
        f"  closed loop, {args.concurrency} conversations         {closed['turns_per_s']:8.1f} turns/s  "
        f"p50/p95/p99 {closed['p50_ms']:.0f}/{closed['p95_ms']:.0f}/{closed['p99_ms']:.0f} ms, "
        f"failures {closed['failures']} {closed['failures_by_kind'] or ''}, "
        f"client CPU {closed['client_cpu_share']:.0%} of a core"
    )
    print(f"  HTTP / in process                          {figures['http_to_in_process']:8.2f}")
    print(
        f"  open loop, {args.rate:.0f} msg/s                     {opened['turns_per_s']:8.1f} served/s "
        f"p50/p95/p99 {opened['p50_ms']:.0f}/{opened['p95_ms']:.0f}/{opened['p99_ms']:.0f} ms, "
        f"failures {opened['failures']} {opened['failures_by_kind'] or ''}, "
        f"client CPU {opened['client_cpu_share']:.0%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passages", type=int, default=10_000)
    parser.add_argument(
        "--workers", type=int, default=2, help="Workers of the scaled-out run (Chroma server)."
    )
    parser.add_argument("--concurrency", type=int, default=200, help="Conversations at once.")
    parser.add_argument("--rate", type=float, default=100.0, help="Open loop: messages per second.")
    parser.add_argument("--seconds", type=float, default=30.0, help="Length of each measured run.")
    parser.add_argument("--conversations", type=int, default=5000, help="Opened for the memory figure.")
    parser.add_argument("--work", type=Path, default=Path("bench/out/work"))
    parser.add_argument("--json", type=Path, default=Path("bench/out/service.json"))
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass

    home, products = prepare_home(args.work, args.passages)
    texts = distinct_queries(random.Random(7), products)
    embedded = Settings(home=home, api_rate_limit=0)
    figures: dict[str, Any] = {"embedded_1_worker": configuration(embedded, 1, products, texts, args)}
    chroma = ChromaServer(home)
    try:
        shared = embedded.model_copy(update={"chroma_url": chroma.url})
        figures[f"chroma_server_{args.workers}_workers"] = configuration(
            shared, args.workers, products, texts, args
        )
    finally:
        chroma.stop()
    figures["memory"] = asyncio.run(memory(embedded, texts, args.conversations))

    print(
        f"synthetic shop: {args.passages} passages, {products} products; offline drafter; "
        "load: aiohttp in this process"
    )
    report("embedded (chromadb on disk + SQLite), 1 worker", figures["embedded_1_worker"], args)
    report(
        f"Chroma server + SQLite, {args.workers} workers",
        figures[f"chroma_server_{args.workers}_workers"],
        args,
    )
    mem = figures["memory"]
    print(
        f"\none worker's RSS: {mem['rss_before_mib']:.0f} MiB warm, {mem['rss_after_mib']:.0f} MiB after "
        f"{mem['opened']} more conversations (goal < 1024)"
    )
    print("goals: >= 150 turns/s, HTTP / in process >= 0.8, open-loop p99 <= 250 ms")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
