"""The pages the app serves itself: the agent console at ``/console`` and the chat widget's one script,
``/widget.js``. Plain files (``copilot/api/web/``), no build step; they call the same API as anyone."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

WEB = Path(__file__).resolve().parent.parent / "web"
router = APIRouter(include_in_schema=False)


@router.get("/console")
def console_root() -> RedirectResponse:
    return RedirectResponse("/console/", status_code=308)


@router.get("/widget.js")
def widget_script() -> FileResponse:
    """The one script a shop adds to its pages; it may be cached for an hour."""
    return FileResponse(
        WEB / "widget.js",
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=3600"},
    )


console_files = StaticFiles(directory=WEB / "console", html=True)
