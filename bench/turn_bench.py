"""Turn benchmark: offline-drafter turns in process, and the LLM path's own overhead next to LangChain's.

    python bench/retrieval_bench.py      # first: builds the 10k and 100k homes this script reuses
    python bench/turn_bench.py

Figures, each with its baseline measured in the same run:
- offline turn p50/p95 at 10k and 100k chunks (goal p50 <= 25 ms), next to hybrid search alone;
- LLM path against a loopback model server (bench/loopback_model.py, its own process): the time a
  copilot turn spends outside the model call, and the same for a plain LangChain chain (langchain-chroma
  retriever k=5 | prompt | ChatOpenAI | parser) on the same chroma collection and server; the bare
  model call (openai client, same server) is subtracted from both. Goal: copilot's overhead <= 0.5x the
  chain's.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from langchain_core.embeddings import Embeddings
from synthetic_shop import queries

from copilot.drafting.base import DraftContext
from copilot.drafting.llm import LLMDrafter
from copilot.drafting.offline import OfflineDrafter
from copilot.embedding import shared_encoder
from copilot.retrieval import Retriever
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.understanding import understand


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timed(call: Callable[[str], object], qs: list[str], warmup: int = 20) -> list[float]:
    for q in qs[:warmup]:
        call(q)
    times = []
    for q in qs:
        started = time.perf_counter()
        call(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def offline_turns(settings: Settings, qs: list[str]) -> tuple[list[float], list[float]]:
    retriever = Retriever(settings)
    copilot = Copilot(settings, drafter=OfflineDrafter(), retriever=retriever)
    search = timed(lambda q: retriever.search(q, settings.context_passages), qs)
    turns = timed(lambda q: copilot.turn(q), qs)
    return search, turns


class _MiniLMEmbeddings(Embeddings):
    """LangChain's Embeddings interface over copilot's model, so both paths embed identically."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = shared_encoder().encode(texts).tolist()
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def llm_overhead(settings: Settings, qs: list[str]) -> dict[str, float]:
    from langchain_chroma import Chroma
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnablePassthrough
    from langchain_openai import ChatOpenAI
    from openai import OpenAI

    from copilot.vector_index import VectorIndex

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("loopback_model.py")), "--port", str(port)]
    )
    try:
        base_url = f"http://127.0.0.1:{port}/v1"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        llm_settings = settings.model_copy(update={"openai_base_url": base_url, "openai_api_key": "bench"})
        drafter = LLMDrafter(llm_settings)
        copilot = Copilot(llm_settings, drafter=drafter)
        client = OpenAI(base_url=base_url, api_key="bench")
        context = DraftContext(
            shop=copilot.shop,
            text=qs[0],
            understanding=understand(qs[0]),
            customer=None,
            hits=copilot.retriever.search(qs[0], settings.context_passages),
            retriever=copilot.retriever,
        )
        messages, _ = drafter.messages(context)

        def bare(_: str) -> object:
            return client.chat.completions.create(model=settings.model, messages=messages, temperature=0)  # type: ignore[arg-type]

        index = VectorIndex(settings)
        store = Chroma(
            client=index.client, collection_name=settings.collection, embedding_function=_MiniLMEmbeddings()
        )
        prompt = ChatPromptTemplate.from_messages(
            [("system", "Answer from the context only.\n\n{context}"), ("human", "{question}")]
        )
        chain = (
            {
                "context": store.as_retriever(search_kwargs={"k": 5})
                | (lambda docs: "\n\n".join(d.page_content for d in docs)),
                "question": RunnablePassthrough(),
            }
            | prompt
            | ChatOpenAI(base_url=base_url, api_key="bench", model=settings.model, temperature=0)
            | StrOutputParser()
        )
        model_call = statistics.median(timed(bare, qs))
        copilot_turn = statistics.median(timed(lambda q: copilot.turn(q), qs))
        chain_run = statistics.median(timed(chain.invoke, qs))
    finally:
        server.terminate()
        server.wait()
    copilot_overhead, chain_overhead = copilot_turn - model_call, chain_run - model_call
    return {
        "model_call_p50_ms": model_call,
        "copilot_turn_p50_ms": copilot_turn,
        "chain_p50_ms": chain_run,
        "copilot_overhead_ms": copilot_overhead,
        "chain_overhead_ms": chain_overhead,
        "overhead_ratio": copilot_overhead / chain_overhead,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--work", type=Path, default=Path("bench/out/work"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    for size in args.sizes:
        settings = Settings(home=args.work / f"home-{size}")
        if not (settings.home / "copilot.db").exists():
            sys.exit(f"{settings.home} is missing: run bench/retrieval_bench.py --sizes {size} first")
        qs = queries(random.Random(9), args.queries, products=size // 11)
        search, turns = offline_turns(settings, qs)
        print(f"\n== {size} chunks")
        print(
            f"hybrid search (k=8) p50/p95   {percentile(search, 50):6.1f} / {percentile(search, 95):5.1f} ms"
        )
        print(
            f"offline turn p50/p95          {percentile(turns, 50):6.1f} / {percentile(turns, 95):5.1f} ms"
            f"  (goal p50 <= 25 ms; {percentile(turns, 50) / percentile(search, 50):.2f}x search)"
        )
        llm = llm_overhead(settings, qs[:150])
        print(f"bare model call p50           {llm['model_call_p50_ms']:6.1f} ms (loopback server)")
        for label, total, overhead in (
            ("copilot LLM turn p50", "copilot_turn_p50_ms", "copilot_overhead_ms"),
            ("LangChain chain p50", "chain_p50_ms", "chain_overhead_ms"),
        ):
            print(f"{label:<30}{llm[total]:6.1f} ms, overhead {llm[overhead]:.1f} ms")
        print(f"overhead ratio copilot/chain  {llm['overhead_ratio']:6.2f}x (goal <= 0.5)")


if __name__ == "__main__":
    main()
