"""Input checks that run before any request, raising `MixmaxValidationError` with a clear message."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._email import address_problem
from .errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.types import Unset

T = TypeVar("T")


def unset(value: T | None) -> T | Unset:
    """None (the facade's "not given") as the generated layer's UNSET."""
    if value is None:
        from mixmax_openapi.types import UNSET  # imported here: attrs loads with the generated layer

        return UNSET
    return value


def require_id(value: object, name: str = "id") -> str:
    if not isinstance(value, str):
        raise MixmaxValidationError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise MixmaxValidationError(f"{name} must not be empty")
    if value.strip() in {".", ".."}:
        # URL-encoding leaves these as they are, and URL normalisation would then leave the resource.
        raise MixmaxValidationError(f"{name} must not be {value!r}")
    return value


def check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise MixmaxValidationError(f"{name} must be an int from {low} to {high}, not {value!r}")


def is_email(value: object) -> bool:
    """Whether `value` is an address RFC 5321 accepts (see `_email`; the fake Mixmax uses this too)."""
    return isinstance(value, str) and address_problem(value) is None


def check_email(value: object, name: str = "email") -> str:
    """`value`, unchanged, if it is an email address (see `_email`), else a `MixmaxValidationError`
    naming the argument and saying what is wrong."""
    if not isinstance(value, str):
        problem: str | None = f"a {type(value).__name__}, not a string"
    else:
        problem = address_problem(value)
        if problem is None:
            return value
    raise MixmaxValidationError(f"{name} is not a valid email address: {value!r} ({problem})")


def check_emails(values: Iterable[object] | None, name: str = "emails") -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise MixmaxValidationError(f"{name} must be a list of addresses, not one string")
    return [check_email(v, f"{name}[{i}]") for i, v in enumerate(values)]


def check_json(value: Any, name: str) -> Any:
    """A value that must survive JSON encoding as-is (no NaN, no sets, no objects)."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise MixmaxValidationError(f"{name} is not JSON-serialisable: {exc}") from exc
    return value


def check_variables(value: object, where: str) -> dict[str, str]:
    """Template variables: a mapping of variable name to string value."""
    if not isinstance(value, Mapping):
        raise MixmaxValidationError(f"{where} must be a mapping of variable name to string")
    for key, val in value.items():
        if not isinstance(key, str) or not isinstance(val, str):
            raise MixmaxValidationError(
                f"{where} must map variable names to strings; {key!r}: {val!r} is {type(val).__name__}"
            )
    return dict(value)


def comma_list(value: str | Iterable[str] | None, name: str) -> str | None:
    """`expand`/`fields` accept "a,b" or ["a", "b"]; the wire wants "a,b"."""
    if value is None or isinstance(value, str):
        return value
    items = list(value)
    if not all(isinstance(v, str) and v for v in items):
        raise MixmaxValidationError(f"{name} must be a string or a list of non-empty strings")
    return ",".join(items)


def check_str_map(value: Mapping[str, Any] | None, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise MixmaxValidationError(f"{name} must be a mapping with string keys")
    return dict(check_json(dict(value), name))


def check_bool(value: object, name: str) -> bool | None:
    """An optional flag: a real bool (not 1, not "yes") or None."""
    if value is not None and not isinstance(value, bool):
        raise MixmaxValidationError(f"{name} must be a bool, not {value!r}")
    return value


def check_text(value: object, name: str, *, allow_empty: bool = True) -> str | None:
    """An optional string; with allow_empty=False a blank one is refused (pass None to leave it out)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise MixmaxValidationError(f"{name} must be a string, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise MixmaxValidationError(f"{name} must not be empty (pass None to leave it out)")
    return value


def check_url(value: object, name: str) -> str | None:
    """An optional absolute http(s) URL."""
    text = check_text(value, name, allow_empty=False)
    if text is not None and (not text.lower().startswith(("https://", "http://")) or " " in text):
        raise MixmaxValidationError(f"{name} must be an http(s) URL, not {text!r}")
    return text


def check_min(value: object, name: str, low: int) -> int | None:
    """An optional int of at least `low`."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise MixmaxValidationError(f"{name} must be an int >= {low}, not {value!r}")
    return value


def address_list(values: object, name: str, kind: str = "") -> Iterable[object]:
    """`values` if it is a list of something, not a single address or dict passed instead of one. `kind`
    completes the message ("recipient" -> "... or recipient dicts")."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        dicts = f" or {kind} dicts" if kind else ""
        raise MixmaxValidationError(f"{name} must be a list of addresses{dicts}, not a single one")
    return values


def address_entry(
    where: str,
    item: object,
    *,
    keys: frozenset[str],
    hints: Mapping[str, str] | None = None,
    plain_suffix: str = "",
) -> tuple[str, Mapping[str, Any]]:
    """One item of such a list, an address or a dict with an "email" key: `(email, item)`, `item` the
    dict (empty for a plain address). `where` names it in errors ("recipients[2]"); `hints` maps an
    unknown key to advice."""
    if isinstance(item, str):
        return check_email(item, where + plain_suffix), {}
    if not isinstance(item, Mapping):
        raise MixmaxValidationError(f"{where} must be an address or a dict, not {type(item).__name__}")
    unknown = sorted(set(item) - keys, key=str)
    if unknown:
        advice = [hints[k] for k in unknown if hints and k in hints]
        hint = f" ({', '.join(advice)})" if advice else ""
        raise MixmaxValidationError(f"{where} has unknown keys {unknown}{hint}")
    if "email" not in item:
        raise MixmaxValidationError(f"{where} has no email")
    return check_email(item["email"], f"{where}.email"), item


def address_entries(
    values: object,
    name: str,
    *,
    keys: frozenset[str],
    kind: str = "",
    hints: Mapping[str, str] | None = None,
    plain_suffix: str = "",
) -> list[tuple[str, str, Mapping[str, Any]]]:
    """Check a list whose items are addresses or dicts with an "email" key (recipients, members, ...):
    `(where, email, item)` per item (see `address_entry`); the first bad item raises."""
    entries: list[tuple[str, str, Mapping[str, Any]]] = []
    for i, item in enumerate(address_list(values, name, kind)):
        where = f"{name}[{i}]"
        entries.append((where, *address_entry(where, item, keys=keys, hints=hints, plain_suffix=plain_suffix)))
    return entries
