"""Loggers whose lines never carry personal data: every record is redacted before any handler sees it."""

from __future__ import annotations

import logging

from copilot.redaction import redact


class RedactingFilter(logging.Filter):
    """Replaces a record's message (and its traceback text) with a redacted rendering."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


_FILTER = RedactingFilter()


def get_logger(name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger
