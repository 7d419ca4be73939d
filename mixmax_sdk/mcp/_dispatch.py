"""One tool call: JSON arguments in, the facade method called through an `AsyncMixmax`, an outcome out.

No MCP here (the server turns an `Outcome` into a `CallToolResult`), so the same code serves stdio,
HTTP and the benchmark. Every failure is an outcome with `is_error`, never an exception: an agent
reads the message and corrects itself, and the server goes on.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import (
    APIStatusError,
    BulkAddError,
    InvalidRecipientsError,
    MixmaxError,
    MixmaxValidationError,
)

if TYPE_CHECKING:
    import jsonschema

    from .._bulk_result import AddRecipientsResult
    from .._client import AsyncMixmax
    from ._table import Tool

__all__ = ["Outcome", "call_tool"]

MAX_TEXT = 2000  # the default of every tool's `max_text`
TEXT_JSON = 4000  # characters of JSON the text rendering carries besides its summary line


@dataclass(frozen=True)
class Outcome:
    """What a call gives the agent: a short text, the structured result (None on an error or for an
    operation that answers nothing), and whether it failed."""

    text: str
    structured: dict[str, Any] | None = None
    is_error: bool = False


def _failed(text: str, structured: dict[str, Any] | None = None) -> Outcome:
    return Outcome(text, structured, is_error=True)


async def call_tool(client: AsyncMixmax, tool: Tool, arguments: Mapping[str, Any] | None) -> Outcome:
    """Check `arguments` against the tool's input schema, call its method, shape the answer."""
    args = dict(arguments or {})
    problem = _argument_problem(tool, args)
    if problem is not None:
        return _failed(problem)
    max_text = args.pop("max_text", MAX_TEXT)
    try:
        structured = await _call(client, tool, args)
    except InvalidRecipientsError as exc:
        rows = [
            {"row": i, "email": email, "status": "invalid", "errors": [why]} for i, (email, why) in exc.problems.items()
        ]
        # the SDK's message names its Python argument; the tool's is JSON
        said = str(exc).replace("skip_invalid=True", "skip_invalid: true")
        return _failed(f"invalid argument: {said}", {"invalid": rows})
    except MixmaxValidationError as exc:
        return _failed(f"invalid argument: {exc}")
    except BulkAddError as exc:
        return _failed(f"{_describe(exc.error)}; per-row statuses follow", _clip(_bulk(exc.result), max_text))
    except MixmaxError as exc:
        return _failed(_describe(exc))
    except _BadCursor as exc:
        return _failed(f"invalid argument: next: {exc}")
    except Exception as exc:  # the server must answer every call: a bug here is an error result, not a crash
        return _failed(f"internal error in mixmax-sdk ({type(exc).__name__}): {exc}")
    if structured is None:
        return Outcome("done (the API answered with no content)")
    structured = _clip(structured, max_text)
    drift = _output_problem(tool, structured)
    if drift is not None:
        return _failed(
            f"Mixmax answered, but not as its description says ({drift}); the answer as it came: "
            + json.dumps(structured, ensure_ascii=False, default=str)
        )
    return Outcome(_render(tool, structured), structured)


class _BadCursor(ValueError):
    pass


def _describe(exc: MixmaxError) -> str:
    if isinstance(exc, APIStatusError):
        return f"Mixmax answered HTTP {exc.status_code}: {exc.message}"
    return f"{type(exc).__name__}: {exc}"


def _argument_problem(tool: Tool, args: dict[str, Any]) -> str | None:
    """The first thing wrong with the arguments, naming the argument (JSON Schema 2020-12)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(tool.input_schema, format_checker=_format_checker())
    errors = sorted(validator.iter_errors(args), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if not errors:
        return None
    error = errors[0]
    if error.validator == "additionalProperties" and not error.absolute_path:  # inside an object: as any other
        unknown = sorted(set(args) - set(tool.input_schema.get("properties", {})))
        takes = ", ".join(tool.input_schema["properties"])
        return f"invalid argument: unknown argument {', '.join(unknown)} ({tool.name} takes: {takes})"
    if error.validator == "required" and not error.absolute_path:
        return f"invalid argument: {error.message}"
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    return f"invalid argument: {where}: {error.message}"


@functools.cache
def _format_checker() -> jsonschema.FormatChecker:
    """The formats arguments are checked for. A `date-time` is what a timestamp argument takes (`_value`):
    any ISO 8601 date-time, with a zone or without one (UTC), not only RFC 3339's, which needs a zone."""
    import jsonschema

    checker = jsonschema.FormatChecker()
    checker.checks("date-time", raises=ValueError)(_iso_date_time)
    return checker


def _iso_date_time(value: object) -> bool:
    if isinstance(value, str):
        datetime.datetime.fromisoformat(value)  # raises ValueError
    return True


def _output_problem(tool: Tool, structured: dict[str, Any]) -> str | None:
    if tool.output_schema is None:
        return None
    import jsonschema

    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(tool.output_schema).iter_errors(structured)
    )
    if error is None:
        return None
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    return f"{where or 'the answer'}: {error.message}"


def _value(spec: Mapping[str, Any], value: Any) -> Any:
    """A JSON argument as the method takes it."""
    if spec.get("timestamp") and isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise MixmaxValidationError(f"{spec['name']}: {value!r} is not an ISO 8601 date-time") from None
        return parsed
    renames = spec.get("rename_keys")
    if renames:
        if isinstance(value, list):
            return [_renamed(item, renames) for item in value]
        return _renamed(value, renames)
    return value


def _renamed(item: Any, renames: Mapping[str, str]) -> Any:
    return {renames.get(k, k): v for k, v in item.items()} if isinstance(item, dict) else item


async def _call(client: AsyncMixmax, tool: Tool, args: dict[str, Any]) -> dict[str, Any] | None:
    call = tool.call
    target: Any = client
    for part in call["group"]:
        target = getattr(target, part)
    handle = call.get("handle")
    if handle is not None:
        target = getattr(target, handle["method"])(args.pop(handle["argument"]))
        for part in handle["after"]:
            target = getattr(target, part)
    method = getattr(target, call["method"])
    kwargs = {a["name"]: _value(a, args[a["name"]]) for a in call["arguments"] if a["name"] in args}
    kind = call["kind"]
    if kind == "call":
        return _wrap(call, _json(await method(**kwargs)))
    if kind == "bulk":
        return await _add_rows(
            method,
            kwargs,
            call["rows"],
            skip_invalid=args.get("skip_invalid", True),
            dry_run=args.get("dry_run", False),
        )
    limit = args.get("limit", tool.input_schema["properties"]["limit"]["default"])
    cursor = args.get("next")
    if kind == "offset_page":
        if cursor is not None and not cursor.isdigit():
            raise _BadCursor(f"{cursor!r} is not a `next` this list gave")
        page = await method(**kwargs, limit=limit, offset=int(cursor or 0)).first_page()
        following = None if page.next_offset is None else str(page.next_offset)
    else:
        page = await method(**kwargs, limit=limit, next=cursor).first_page()
        following = page.next if page.has_next else None
    return {"results": [_json(item) for item in page.results], "has_next": page.has_next, "next": following}


def _wrap(call: Mapping[str, Any], value: Any) -> dict[str, Any] | None:
    if "wrap" in call:
        return {call["wrap"]: value}
    return value  # type: ignore[no-any-return]  # a model: its dict


def _json(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value.to_dict()


async def _add_rows(
    method: Any, kwargs: dict[str, Any], rows_name: str, *, skip_invalid: bool, dry_run: bool
) -> dict[str, Any]:
    rows = kwargs.pop(rows_name)
    if dry_run:
        from ..resources._add_recipients import validate_rows

        inputs, problems = validate_rows(rows)
        statuses = []
        for i, row in enumerate(inputs):
            if row is None:
                statuses.append({"row": i, "email": problems[i][0], "status": "invalid", "errors": [problems[i][1]]})
            else:
                statuses.append({"row": i, "email": row.email, "status": "would_send", "errors": []})
        if problems and not skip_invalid:
            raise InvalidRecipientsError(problems, total=len(inputs))
        return {"dry_run": True, "recipients": statuses, "counts": dict(Counter(s["status"] for s in statuses))}
    result = await method(rows, skip_invalid=skip_invalid, **kwargs)
    return _bulk(result)


def _bulk(result: AddRecipientsResult) -> dict[str, Any]:
    rows = [
        {"row": i, "email": r.email, "status": r.status, "errors": [str(e) for e in (r.errors or [])]}
        for i, r in enumerate(result.recipients)
    ]
    return {
        "dry_run": False,
        "recipients": rows,
        "counts": dict(Counter(r["status"] for r in rows)),
        "after_ambiguous_retry": result.after_ambiguous_retry,
    }


def _clip(value: Any, limit: int) -> Any:
    """Every string longer than `limit` characters cut, with a marker that says how to get it whole."""
    if not limit:
        return value
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]}… [cut: {len(value) - limit} more characters; call again with max_text=0 for all]"
    if isinstance(value, list):
        return [_clip(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: _clip(v, limit) for k, v in value.items()}
    return value


def _render(tool: Tool, structured: dict[str, Any]) -> str:
    """A short text for clients that show text only: a summary line, then the JSON when it is short."""
    if tool.call["kind"] in ("page", "offset_page"):
        more = f"; more: next={structured['next']!r}" if structured.get("next") else "; no more pages"
        summary = f"{len(structured['results'])} results{more}"
    elif tool.call["kind"] == "bulk":
        summary = ", ".join(f"{n} {status}" for status, n in sorted(structured["counts"].items())) or "no rows"
    elif "wrap" in tool.call and isinstance(structured.get(tool.call["wrap"]), list):
        summary = f"{len(structured[tool.call['wrap']])} results"
    else:
        summary = f"{tool.name}: done"
    text = json.dumps(structured, ensure_ascii=False, default=str)
    if len(text) > TEXT_JSON:
        return f"{summary} (the whole result is in structuredContent: {len(text)} characters of JSON)"
    return f"{summary}\n{text}"
