"""The JSON Schemas integrations validate against: the handoff packet (what webhook receivers and
consoles get) and the eval suite file (for editors and CI checks of suites)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from copilot.api.auth import AnyKey
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.evals.suite import Suite
from copilot.schemas import HandoffPacket

router = APIRouter(prefix="/v1/schemas", tags=["schemas"])


@router.get("/handoff", responses=PROBLEM_RESPONSES, summary="The handoff packet's JSON Schema")
def handoff_schema(_: AnyKey) -> dict[str, Any]:
    """The same document as `copilot schema handoff` and docs/handoff.schema.json."""
    return HandoffPacket.model_json_schema()


@router.get("/suite", responses=PROBLEM_RESPONSES, summary="The eval suite's JSON Schema")
def suite_schema(_: AnyKey) -> dict[str, Any]:
    """The same document as `copilot schema suite` and docs/eval-suite.schema.json."""
    return Suite.model_json_schema()
