"""What routes take from the app: the one ``Copilot`` core built at start-up."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from copilot.service import Copilot


def _copilot(request: Request) -> Copilot:
    core: Copilot = request.app.state.copilot
    return core


CopilotDep = Annotated[Copilot, Depends(_copilot)]
