"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # mixmax-sdk custom template: models print as `Sequence(name='A', userId=UNSET)`, not as an address.
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class ResponseDeviation(Exception):
    """A response value that does not fit the spec, raised only by a deviation handler that wants it.

    Models never raise it themselves: by default a deviating value is kept as it came. When a handler
    raises it, every enclosing `from_dict` prefixes `path` with its own field (`cc[0].email`, then
    `results[3].cc[0].email`) and sets `schema` to its own name, so the caller sees the outermost one.
    """

    def __init__(self, schema: str, path: str, expected: str, observed: str, value: Any) -> None:
        super().__init__(schema, path, expected, observed, value)
        self.schema = schema
        self.path = path
        self.expected = expected
        self.observed = observed
        self.value = value

    def __str__(self) -> str:
        return f"{self.schema}.{self.path}: expected {self.expected}, got {self.observed}"

    def _within(self, schema: str, field: str) -> None:
        self.schema = schema
        self.path = f"{field}.{self.path}" if self.path[:1] != "[" else f"{field}{self.path}"
        self.args = (self.schema, self.path, self.expected, self.observed, self.value)


# (schema, field, expected, observed, value): `schema` is the innermost model's class name, `field`
# the wire name within it, with list indices (`cc[1]`, `teamIds[0]`); `observed` is a JSON kind
# (see json_kind) or "missing" for an absent required field, whose `expected` is then "required".
DeviationHandler = Callable[[str, str, str, str, Any], None]

# One handler for the process, not a context variable: a handler installed at import time must
# also see parses that run in worker threads, which start with an empty context. A caller that
# needs per-call behaviour (strict for one client only) decides inside its handler.
_handler: DeviationHandler | None = None


def set_deviation_handler(handler: DeviationHandler | None) -> DeviationHandler | None:
    """Install the handler called for every deviation (None: keep values silently); returns the previous one."""
    global _handler
    previous, _handler = _handler, handler
    return previous


def json_kind(value: Any) -> str:
    """The JSON kind of a decoded value, as the deviation handler reports it."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, Unset):
        return "missing"
    return type(value).__name__


def deviation(schema: str, field: str, expected: str, value: Any) -> None:
    """Report one deviation to the handler; generated `from_dict` calls this only on a deviation."""
    handler = _handler
    if handler is None:
        return
    if isinstance(value, Unset):
        handler(schema, field, "required", "missing", value)
    else:
        handler(schema, field, expected, json_kind(value), value)


_JSON_SCALARS = frozenset({str, int, float, bool, type(None), dict})


def to_json(value: Any) -> Any:
    """The wire form of a field value, whether it was parsed into a model/datetime or kept as it came."""
    if value.__class__ in _JSON_SCALARS:
        return value
    if isinstance(value, list):
        return [to_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


__all__ = [
    "UNSET",
    "DeviationHandler",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ResponseDeviation",
    "Unset",
    "json_kind",
    "set_deviation_handler",
]
