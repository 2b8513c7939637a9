"""What routes take from the app: the one ``Copilot`` core built at start-up, and its keys."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from copilot.access.keys import Keys
from copilot.service import Copilot


def _copilot(request: Request) -> Copilot:
    core: Copilot = request.app.state.copilot
    return core


def _keys(request: Request) -> Keys:
    keys: Keys = request.app.state.keys
    return keys


CopilotDep = Annotated[Copilot, Depends(_copilot)]
KeysDep = Annotated[Keys, Depends(_keys)]
