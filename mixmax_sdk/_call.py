"""`Call`: one HTTP request described as data, plus how to parse its 2xx answer.

Resource methods only build calls; a runner (sync or async) sends them. That is what lets one
implementation of every method serve both `Mixmax` and `AsyncMixmax`. Calls are built from the
generated layer's `_get_kwargs`, which owns path templating (ids URL-encoded), query serialisation
and body encoding, so the facade never re-implements the wire format.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import EllipsisType, ModuleType
from typing import Any, Generic, TypeVar

import httpx

from ._drift import install as install_drift
from .errors import APIResponseValidationError, body_text

T = TypeVar("T")
M = TypeVar("M")

Parser = Callable[[httpx.Response], T]


@dataclass(frozen=True, slots=True)
class PerCall:
    """Validated per-call options (`RequestOptions`); None/empty means "the client's"."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Mapping[str, Any] = field(default_factory=dict)
    max_response_bytes: int | EllipsisType | None = ...  # `...`: the client's (None is "no limit")


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    method: str
    path: str
    parse: Parser[T] = field(repr=False)
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None  # None: no body (the API never takes a JSON `null`)
    # POSTs are retried only where a repeat cannot do harm (see `RetryPolicy` in _retry.py).
    retry_safe: bool = False
    per_call: PerCall | None = None

    def with_per_call(self, per_call: PerCall) -> Call[T]:
        return dataclasses.replace(self, per_call=per_call)


def from_module(module: ModuleType, parse: Parser[T], /, **kwargs: Any) -> Call[T]:
    """A call from a generated endpoint module's `_get_kwargs(**kwargs)`."""
    install_drift()  # the generated layer is loaded now; its models must report to the SDK
    built: dict[str, Any] = module._get_kwargs(**kwargs)
    return Call(
        method=built["method"].upper(),
        path=built["url"],
        params=built.get("params", {}),
        json=built.get("json"),
        parse=parse,
    )


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of a 2xx answer; a typed error when it is not JSON."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # not JSON, or nested deeper than Python's stack
        raise APIResponseValidationError(
            response,
            f"Expected a JSON body, got {response.headers.get('content-type', 'no content type')}: {exc}",
            body=body_text(response),
        ) from exc


def model(from_dict: Callable[[Mapping[str, Any]], M]) -> Parser[M]:
    """Parse a JSON object into a generated model."""

    def parse(response: httpx.Response) -> M:
        return _checked(response, from_dict, json_body(response), dict)

    return parse


def optional_model(from_dict: Callable[[Mapping[str, Any]], M]) -> Parser[M | None]:
    """Like `model`, but an empty body (204, or 200 with nothing) is `None`."""
    parse_model = model(from_dict)

    def parse(response: httpx.Response) -> M | None:
        return parse_model(response) if response.content.strip() else None

    return parse


def model_list(from_dict: Callable[[Mapping[str, Any]], M]) -> Parser[list[M]]:
    """Parse a bare JSON array of objects into a list of generated models."""

    def parse(response: httpx.Response) -> list[M]:
        items = json_body(response)
        if not isinstance(items, list):
            raise APIResponseValidationError(response, "Expected a JSON array", body=items)
        return [_checked(response, from_dict, item, dict) for item in items]

    return parse


def no_content(response: httpx.Response) -> None:
    """Any 2xx is success; a body, if any, is undocumented and ignored."""
    return None


def raw_json(response: httpx.Response) -> Any:
    """The decoded JSON (or None for an empty body): for the `request()` escape hatch."""
    return json_body(response) if response.content.strip() else None


_JSON_VALUES = (dict, list, str, int, float, bool, type(None))


def model_items(response: httpx.Response, items: Any, where: str) -> list[Any]:
    """The items of an envelope's list (`results`, `recipients`), which must be a list of objects.

    Inside an item anything goes (tolerant models keep odd values), but a list that is missing, null,
    or holds non-objects (`[1]`) means the envelope itself does not fit: that is an error.
    """
    if not isinstance(items, list):
        raise APIResponseValidationError(
            response, f"Expected `{where}` to be a list of objects, got {_kind(items)}", body=items
        )
    for index, item in enumerate(items):
        if isinstance(item, _JSON_VALUES):  # a model would have been built from an object
            raise APIResponseValidationError(
                response, f"Expected `{where}[{index}]` to be an object, got {_kind(item)}", body=items
            )
    return items


def _kind(value: Any) -> str:
    from mixmax_openapi.types import json_kind

    return json_kind(value)


def _checked(response: httpx.Response, from_dict: Callable[[Any], M], data: Any, kind: type) -> M:
    if not isinstance(data, kind):
        expected = "object" if kind is dict else "array"
        raise APIResponseValidationError(response, f"Expected a JSON {expected}, got {_kind(data)}", body=data)
    try:
        return from_dict(data)
    except Exception as exc:  # one broad clause, so that the generated layer is imported only on failure
        error = _not_fitting(response, from_dict, data, exc)
        if error is None:
            raise
        raise error from exc


def _not_fitting(
    response: httpx.Response, from_dict: Callable[[Any], Any], data: Any, exc: Exception
) -> APIResponseValidationError | None:
    """The typed error for a body that does not fit the model (None: a bug to let through as it is)."""
    from mixmax_openapi.types import ResponseDeviation

    if isinstance(exc, ResponseDeviation):  # strict_responses=True
        return APIResponseValidationError(
            response,
            f"The response does not fit {exc.schema}: {exc.path}: expected {exc.expected}, got {exc.observed}",
            body=data,
        )
    if isinstance(exc, KeyError | TypeError | ValueError | AttributeError | RecursionError):
        name = getattr(from_dict, "__self__", None)
        what = name.__name__ if isinstance(name, type) else "the documented shape"
        return APIResponseValidationError(
            response, f"The response does not fit {what}: {type(exc).__name__}: {exc}", body=data
        )
    return None


A = TypeVar("A")


def mapped(parse: Parser[A], fn: Callable[[A], T]) -> Parser[T]:
    """A parser whose result is post-processed by `fn` (e.g. unwrap `{recipients: [...]}`)."""

    def parse_mapped(response: httpx.Response) -> T:
        return fn(parse(response))

    return parse_mapped
