"""Input checks that only the generated resource methods use (the rest are in `_validate`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sized
from typing import Any, Protocol, TypeVar

from .errors import MixmaxValidationError

S = TypeVar("S", bound=str)


def check_choice(value: object, name: str, choices: tuple[S, ...]) -> S:
    """`value` if it is one of `choices` (a spec `enum`), else a `MixmaxValidationError` listing them."""
    for choice in choices:
        if isinstance(value, str) and value == choice:
            return choice
    raise MixmaxValidationError(f"{name} must be one of {', '.join(map(repr, choices))}, not {value!r}")


def check_strings(values: Iterable[object], name: str) -> list[str]:
    """A list of non-empty strings given as any iterable (never one string, which would be split into
    letters)."""
    if isinstance(values, str | bytes):
        raise MixmaxValidationError(f"{name} must be a list of strings, not one string")
    if not isinstance(values, Iterable):
        raise MixmaxValidationError(f"{name} must be a list of strings, not {type(values).__name__}")
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise MixmaxValidationError(f"{name}[{index}] must be a non-empty string, not {item!r}")
    return [str(item) for item in items]


def check_number(value: object, name: str, *, positive: bool = False) -> float | None:
    """An optional finite number (`exclusiveMinimum: 0` in the spec: greater than 0)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MixmaxValidationError(f"{name} must be a finite number, not {value!r}")
    if positive and value <= 0:
        raise MixmaxValidationError(f"{name} must be greater than 0, not {value!r}")
    return value


def check_any_given(what: str, fields: dict[str, object]) -> None:
    """A create or update with none of its optional fields is a mistake (None means "not given")."""
    if all(value is None for value in fields.values()):
        raise MixmaxValidationError(f"{what} needs at least one field: pass {', '.join(fields)}")


def check_given(value: object, name: str, hint: str = "") -> None:
    """A required keyword argument passed as None (None means "not given" everywhere else); `hint`
    says what to pass instead."""
    if value is None:
        raise MixmaxValidationError(f"{name} is required: {hint}" if hint else f"{name} is required")


def check_string(value: object, name: str) -> str:
    """A required string that may be empty (an empty query, say)."""
    if not isinstance(value, str):
        raise MixmaxValidationError(f"{name} must be a string, not {type(value).__name__}")
    return value


def check_ids(values: Iterable[object] | None, name: str) -> list[str] | None:
    """An optional list of ids: never one string, and no empty id."""
    from ._validate import require_id

    if values is None:
        return None
    if isinstance(values, str):
        raise MixmaxValidationError(f"{name} must be a list of ids, not one string")
    return [require_id(value, f"{name}[{index}]") for index, value in enumerate(values)]


def check_positive_number(value: object, name: str) -> float | None:
    """An optional finite number greater than 0 (a size in pixels, say)."""
    return check_number(value, name, positive=True)


L = TypeVar("L", bound=Sized)


def check_nonempty(values: L | None, message: str) -> L:
    """`values` unless it is empty (or None): a list that must name at least one thing."""
    if not values:
        raise MixmaxValidationError(message)
    return values


class _Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


B = TypeVar("B", bound=_Body)


def check_nonempty_body(body: B, message: str) -> B:
    """`body` unless none of its fields is given: an update that changes nothing is a mistake."""
    if not body.to_dict():
        raise MixmaxValidationError(message)
    return body


def field_items(name: str) -> Callable[[Any], list[Any]]:
    """The list in one field of a parsed result (`{recipients: [...]}`), `[]` when it is null."""
    return lambda result: list(getattr(result, name) or [])
