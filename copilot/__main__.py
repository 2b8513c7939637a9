"""``python -m copilot``: the same as the ``copilot`` command."""

from copilot.cli import main

main()
