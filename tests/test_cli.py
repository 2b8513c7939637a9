"""The CLI is a thin edge: it prints what the library returns and turns our errors into exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from copilot.cli import app
from tests.small_shop import write_small_shop


def test_ingest_then_search_json(runner: CliRunner, tmp_path: Path) -> None:
    sources = write_small_shop(tmp_path / "shop")
    result = runner.invoke(app, ["ingest", str(sources), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["passages"] == 11 and report["orders"] == 3
    result = runner.invoke(app, ["search", "SRJ-BLU-M", "--k", "2", "--json"])
    hits = json.loads(result.stdout)
    assert hits[0]["passage"]["key"] == "variant:P1:SRJ-BLU-M" and len(hits) == 2


def test_ingest_table_and_data_dir(runner: CliRunner, tmp_path: Path) -> None:
    sources = write_small_shop(tmp_path / "shop")
    moved = tmp_path / "elsewhere.yaml"
    moved.write_text(sources.read_text())
    result = runner.invoke(app, ["ingest", str(moved), "--data-dir", str(tmp_path / "shop")])
    assert result.exit_code == 0, result.output
    assert "products.json" in result.stdout and "embedded 11" in result.stdout


def test_search_filters_from_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(app, ["ingest", str(write_small_shop(tmp_path / "shop"))])
    result = runner.invoke(app, ["search", "jacket", "--kind", "variant", "--unavailable", "--json"])
    assert [h["passage"]["key"] for h in json.loads(result.stdout)] == ["variant:P1:SRJ-BLU-L"]


def test_malformed_file_is_one_clear_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    sources = write_small_shop(tmp_path / "shop")
    (tmp_path / "shop" / "customers.json").write_text('[{"customer_id": "C1", "email": 42}]')
    result = runner.invoke(app, ["ingest", str(sources)])
    assert result.exit_code == 2
    assert "customers.json, record index 0, field 'email'" in result.stderr
    assert "Traceback" not in result.output


def test_missing_sources_file_and_bad_options(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "sources file not found" in result.stderr
    result = runner.invoke(app, ["search", "x", "--mode", "psychic"])
    assert result.exit_code == 2 and "mode" in result.output


def test_demo_ingests_and_searches_the_demo_shop(runner: CliRunner) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Trailhead" in result.stdout or "products.json" in result.stdout
    assert "Search: SRJ-BLU-M" in result.stdout and "variant · catalog/products.json" in result.stdout
    ending = result.stdout[result.stdout.rindex("customer>") :]  # the last message of the conversation
    assert "escalate" in ending and "Handoff " in ending and "lost_package" in ending
    assert "suggested reply:" in ending
