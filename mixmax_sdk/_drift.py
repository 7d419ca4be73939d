"""Spec drift: what real responses do that the OpenAPI description does not say.

The generated models never raise on a value that does not fit its declared type: they keep it as it
came and report it to the deviation handler installed here. By default each kind of deviation is
recorded once per (schema, field, observed kind), logged once at WARNING on the `mixmax_sdk.drift`
logger, and listed by `mixmax_sdk.drift_report()`; values are never recorded (they may be personal
data). A client built with `strict_responses=True` raises `APIResponseValidationError` instead, for
the calls it makes (a context variable set around its parsing says so).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["DriftRecord", "drift_report"]

T = TypeVar("T")
log: logging.Logger = logging.getLogger("mixmax_sdk.drift")

_strict: ContextVar[bool] = ContextVar("mixmax_strict_responses", default=False)
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True, slots=True)
class DriftRecord:
    """One kind of deviation seen: `schema.field` was expected to be `expected` and came as `observed`
    (a JSON kind: "null", "string", "integer", "number", "boolean", "array", "object", or "missing")."""

    schema: str
    field: str
    expected: str
    observed: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.field}: expected {self.expected}, got {self.observed}"


_seen: dict[tuple[str, str, str], DriftRecord] = {}
_lock = threading.Lock()


def _handle(schema: str, field: str, expected: str, observed: str, value: Any) -> None:
    if _strict.get():
        from mixmax_openapi.types import ResponseDeviation

        raise ResponseDeviation(schema, field, expected, observed, value)
    field = _INDEX.sub("[]", field)  # one record for every item of a list, not one per index
    key = (schema, field, observed)
    if key in _seen:
        return
    with _lock:
        if key in _seen:
            return
        record = _seen[key] = DriftRecord(schema, field, expected, observed)
    log.warning("Response drift from the spec (value kept as it came): %s", record)


def drift_report() -> list[DriftRecord]:
    """Every kind of deviation from the spec seen in this process so far, in the order first seen."""
    with _lock:
        return list(_seen.values())


def clear_drift_report() -> None:
    """Forget what was seen (each kind is then logged again when next seen)."""
    with _lock:
        _seen.clear()


@contextmanager
def strict(enabled: bool) -> Iterator[None]:
    """Parse strictly (or not) within this block, whatever the enclosing context says."""
    token = _strict.set(enabled)
    try:
        yield
    finally:
        _strict.reset(token)


def strictly(parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """`parse`, run in strict mode."""

    def parse_strictly(response: Any) -> T:
        with strict(True):
            return parse(response)

    return parse_strictly


_installed = False


def install() -> None:
    """Install the handler in the generated layer (idempotent). Called where the SDK first touches a
    generated module or model rather than at `import mixmax_sdk`, which would load attrs and the whole
    generated package for a script that only builds a client."""
    global _installed
    if not _installed:
        from mixmax_openapi.types import set_deviation_handler

        set_deviation_handler(_handle)
        _installed = True


if "mixmax_openapi.types" in sys.modules:  # the generated layer is already loaded: nothing to save
    install()
