"""Hostile and careless input: every bad file, path, setting and batch line gets one clear line and
exit code 2, never a traceback, and the previous index stays in use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from copilot.settings import Settings
from copilot.store import Store
from tests.small_shop import write_small_shop

Breaker = Callable[[Path], None]


def _sources(shop: Path, entry: str) -> None:
    (shop / "sources.yaml").write_text(f"shop: Tiny Shop\nsources:\n{entry}")


def _catalog_at(path: str, fmt: str = "") -> str:
    return f"  - kind: catalog\n    path: {path}\n" + (f"    format: {fmt}\n" if fmt else "")


def invalid_utf8_sources(shop: Path) -> None:
    (shop / "sources.yaml").write_bytes(b"shop: Tiny\nsources:\n  - kind: catalog\n    path: p\xff.json\n")


def invalid_utf8_json(shop: Path) -> None:
    (shop / "products.json").write_bytes(b'[{"product_id": "P1", "name": "Caf\xe9"}]')


def invalid_utf8_jsonl(shop: Path) -> None:
    (shop / "p.jsonl").write_bytes(
        b'{"product_id": "P1", "name": "A"}\n{"product_id": "P2", "name": "\xff"}\n'
    )
    _sources(shop, _catalog_at("p.jsonl"))


def invalid_utf8_csv(shop: Path) -> None:
    (shop / "p.csv").write_bytes(b"product_id,name\nP1,A\nP2,Caf\xe9\n")
    _sources(shop, _catalog_at("p.csv"))


def binary_csv(shop: Path) -> None:
    (shop / "p.csv").write_bytes(bytes(range(256)) * 8)
    _sources(shop, _catalog_at("p.csv"))


def nul_bytes_csv(shop: Path) -> None:
    (shop / "p.csv").write_bytes(b"product_id,name\nP1,A\x00B\n")
    _sources(shop, _catalog_at("p.csv"))


def huge_csv_field(shop: Path) -> None:
    (shop / "p.csv").write_text("product_id,name\nP1," + "x" * 200_000 + "\n")
    _sources(shop, _catalog_at("p.csv"))


def deeply_nested_json(shop: Path) -> None:
    (shop / "products.json").write_text("[" * 100_000 + "]" * 100_000)


def deeply_nested_jsonl(shop: Path) -> None:
    (shop / "p.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    _sources(shop, _catalog_at("p.jsonl"))


def folder_for_data_file(shop: Path) -> None:
    (shop / "products.json").unlink()
    (shop / "products.json").mkdir()


def folder_for_document(shop: Path) -> None:
    (shop / "docs" / "returns.md").unlink()
    (shop / "docs" / "returns.md").mkdir()
    _sources(shop, "  - kind: documents\n    paths: [docs/returns.md]\n")


def dotdot_path(shop: Path) -> None:
    (shop.parent / "secret.csv").write_text("product_id,name\nP9,Secret\n")
    _sources(shop, _catalog_at("../secret.csv"))


def symlink_out(shop: Path) -> None:
    (shop.parent / "secret.md").write_text("# Secret\n\nThe admin password is hunter2.\n")
    (shop / "docs" / "linked.md").symlink_to(shop.parent / "secret.md")


def symlinked_folder_out(shop: Path) -> None:
    (shop.parent / "outside").mkdir()
    (shop.parent / "outside" / "x.md").write_text("# Outside\n\nNot for shoppers.\n")
    (shop / "more").symlink_to(shop.parent / "outside")
    _sources(shop, "  - kind: documents\n    paths: ['more/*.md']\n")


def sources_is_a_folder(shop: Path) -> None:
    (shop / "sources.yaml").unlink()
    (shop / "sources.yaml").mkdir()


def sources_yaml_nested_too_deep(shop: Path) -> None:
    (shop / "sources.yaml").write_text("[" * 50_000 + "]" * 50_000)


BAD_FILES: list[tuple[Breaker, list[str]]] = [
    (invalid_utf8_sources, ["sources.yaml", "not UTF-8"]),
    (invalid_utf8_json, ["products.json", "not UTF-8"]),
    (invalid_utf8_jsonl, ["p.jsonl", "line 2", "not UTF-8"]),
    (invalid_utf8_csv, ["p.csv", "not UTF-8"]),
    (binary_csv, ["p.csv"]),
    (nul_bytes_csv, ["p.csv", "line"]),
    (huge_csv_field, ["p.csv", "field"]),
    (deeply_nested_json, ["products.json", "nested too deeply"]),
    (deeply_nested_jsonl, ["p.jsonl", "line 1", "nested too deeply"]),
    (folder_for_data_file, ["products.json", "folder"]),
    (folder_for_document, ["docs/returns.md", "folder"]),
    (dotdot_path, ["../secret.csv", "outside the sources folder"]),
    (symlink_out, ["docs/linked.md", "outside the sources folder"]),
    (symlinked_folder_out, ["more/x.md", "outside the sources folder"]),
    (sources_is_a_folder, ["sources.yaml", "folder"]),
    (sources_yaml_nested_too_deep, ["sources.yaml"]),
]


def _one_line_error(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("error: ") and "Traceback" not in output
    return lines[0]


@pytest.mark.parametrize(("breaker", "fragments"), BAD_FILES, ids=[b.__name__ for b, _ in BAD_FILES])
def test_bad_files_are_one_line_exit_2_and_the_previous_index_stays(
    runner: CliRunner, tmp_path: Path, breaker: Breaker, fragments: list[str]
) -> None:
    sources = write_small_shop(tmp_path / "shop")
    assert runner.invoke(app, ["ingest", str(sources)]).exit_code == 0
    store = Store.for_settings(Settings(home=tmp_path / "home"))
    before = (store.active_generation(), store.counts())

    breaker(tmp_path / "shop")
    result = runner.invoke(app, ["ingest", str(sources)])

    assert result.exit_code == 2, result.output
    line = _one_line_error(result.stderr)
    for fragment in fragments:
        assert fragment in line, line
    assert (store.active_generation(), store.counts()) == before
    found = runner.invoke(app, ["search", "hunter2 secret outside", "--json"])
    assert "hunter2" not in found.stdout and "Not for shoppers" not in found.stdout


def test_a_root_listed_in_the_sources_file_may_be_reached(runner: CliRunner, tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    write_small_shop(shop)
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "faq.md").write_text("# FAQ\n\n## Gift wrap\n\nWe gift wrap for free.\n")
    (shop / "sources.yaml").write_text(
        "shop: Tiny\nroots: [../shared]\nsources:\n  - kind: documents\n    paths: ['../shared/*.md']\n"
    )
    result = runner.invoke(app, ["ingest", str(shop / "sources.yaml"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["passages"] == 1


def test_a_missing_data_dir_is_named(runner: CliRunner, tmp_path: Path) -> None:
    sources = write_small_shop(tmp_path / "shop")
    result = runner.invoke(app, ["ingest", str(sources), "--data-dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere" in _one_line_error(result.stderr)


def test_a_batch_goes_on_past_bad_lines_and_names_each(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["ingest", str(write_small_shop(tmp_path / "shop"))]).exit_code == 0
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(
        b'{"id": 1, "text": "how long do refunds take?"}\n'
        b'{"id": 2, "text": "caf\xe9 \xff"}\n'
        b"not json at all\n"
        b'{"id": "long", "text": "' + b"a" * 5000 + b'"}\n'
        b'{"id": 5, "text": ""}\n'
        b'{"id": 6, "text": "hi", "colour": "red"}\n'
        b'{"id": 7, "text": "is the camp mug in stock?"}\n'
    )
    result = runner.invoke(app, ["ask", "--batch", str(batch), "--json"])
    assert result.exit_code == 2  # some lines failed
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, None, "long", 5, 6, 7]
    answered = {r["id"]: r for r in rows if "error" not in r}
    assert set(answered) == {1, 7} and answered[7]["action"] == "answer"
    errors = {r["line"]: r["error"] for r in rows if "error" in r}
    assert "not UTF-8" in errors[2] and "JSON" in errors[3] and "limit is 4000" in errors[4]
    assert "text: String should have at least 1 character" in errors[5] and "colour" in errors[6]
    assert all(str(batch) in message for message in errors.values())


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_an_unreadable_batch_file_is_one_line(runner: CliRunner, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "batch.jsonl"
    if kind == "folder":
        path.mkdir()
    result = runner.invoke(app, ["ask", "--batch", str(path)])
    assert result.exit_code == 2 and "batch.jsonl" in _one_line_error(result.stderr)


def _console_script(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The installed entry point, in a process of its own: what a user actually runs."""
    code = "import sys; from copilot.cli import main; sys.argv = ['copilot', *sys.argv[1:]]; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"COPILOT_HOME": "FILE"}, "COPILOT_HOME"),
        ({"COPILOT_CONTEXT_PASSAGES": "many"}, "COPILOT_CONTEXT_PASSAGES"),
        ({"COPILOT_LLM_TIMEOUT": "-1"}, "COPILOT_LLM_TIMEOUT"),
    ],
)
def test_bad_settings_are_one_line_from_the_real_entry_point(
    tmp_path: Path, env: dict[str, str], fragment: str
) -> None:
    home_file = tmp_path / "not-a-folder"
    home_file.write_text("x")
    env = {"COPILOT_HOME": str(tmp_path / "home"), **env}
    env = {k: str(home_file) if v == "FILE" else v for k, v in env.items()}
    result = _console_script(["ask", "hello"], env)
    assert result.returncode == 2, result.stderr
    assert fragment in _one_line_error(result.stderr)
