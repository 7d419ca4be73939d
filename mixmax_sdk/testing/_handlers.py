"""What the fake does for each operation: generic collection semantics by the shape of the route
(list / create / get / update / delete), and the operations with real behaviour of their own."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._spec import Route, body_schema, properties, resolve, response_schema, routes
from ._wire import NOT_FOUND, FakeRequest, FakeResponse, HTTPError

if TYPE_CHECKING:
    from ._fake import FakeMixmax

Handler = Callable[["Context"], FakeResponse]


@dataclass
class Context:
    fake: FakeMixmax
    route: Route
    params: dict[str, str]
    request: FakeRequest
    user_id: str
    body: Any

    # -------------------------------------------------------------- collection addressing
    def resolved_segments(self) -> list[str]:
        return [self.params[s[1:-1]] if s.startswith("{") else s for s in self.route.template.strip("/").split("/")]

    @property
    def is_item(self) -> bool:
        return self.route.template.endswith("}")

    @property
    def collection(self) -> str:
        """Store key of the collection the route addresses: "contacts/<id>/notes"."""
        segments = self.resolved_segments()
        return "/".join(segments[:-1] if self.is_item else segments)

    @property
    def item_id(self) -> str:
        return self.resolved_segments()[-1]

    def check_parents(self) -> None:
        """Every `{param}` before the last segment names a document that must exist (else 404)."""
        template = self.route.template.strip("/").split("/")
        resolved = self.resolved_segments()
        last = len(template) - 1
        for i, segment in enumerate(template):
            is_parent = segment.startswith("{") and (i < last or not self.is_item)
            if is_parent and self.fake.store.get("/".join(resolved[:i]), resolved[i]) is None:
                raise HTTPError(404, NOT_FOUND)

    def item(self) -> dict[str, Any]:
        self.check_parents()
        doc = self.fake.store.get(self.collection, self.item_id)
        if doc is None:
            raise HTTPError(404, NOT_FOUND)
        return doc

    # -------------------------------------------------------------- query helpers
    def int_arg(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.request.arg(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise HTTPError(400, f"{name} must be an integer") from None
        if not low <= value <= high:
            raise HTTPError(400, f"{name} must be between {low} and {high}")
        return value

    def bool_arg(self, name: str) -> bool | None:
        raw = self.request.arg(name)
        if raw is None:
            return None
        if raw not in {"true", "false"}:
            raise HTTPError(400, f"{name} must be true or false")
        return raw == "true"


# ------------------------------------------------------------------------ generic semantics
def cursor_page(ctx: Context, docs: list[dict[str, Any]], **extra: Any) -> FakeResponse:
    """The documented cursor envelope over `docs` (already newest first)."""
    limit = ctx.int_arg("limit", 50, 1, 300)
    nxt, prev = ctx.request.arg("next"), ctx.request.arg("previous")
    if nxt:
        prev = None  # both given: `next` wins
    ids = [d["_id"] for d in docs]
    start = 0
    if nxt:
        anchor = ctx.fake.decode_cursor(nxt)
        if anchor not in ids:
            raise HTTPError(400, "Invalid cursor")
        start = ids.index(anchor) + 1
    elif prev:
        anchor = ctx.fake.decode_cursor(prev)
        if anchor not in ids:
            raise HTTPError(400, "Invalid cursor")
        start = max(0, ids.index(anchor) - limit)
    chunk = docs[start : start + limit]
    has_next = start + limit < len(docs)
    # Like mongo-cursor-pagination >= 4: next/previous are always sent; hasNext says whether to follow.
    envelope = {
        "results": [copy.deepcopy(d) for d in chunk],
        "next": ctx.fake.encode_cursor(chunk[-1]["_id"]) if chunk else nxt,
        "previous": ctx.fake.encode_cursor(chunk[0]["_id"]) if chunk else prev,
        "hasNext": has_next,
        "hasPrevious": start > 0,
        **extra,
    }
    return FakeResponse.of_json(200, envelope)


def generic_list(ctx: Context) -> FakeResponse:
    ctx.check_parents()
    return cursor_page(ctx, ctx.fake.store.newest_first(ctx.collection))


def generic_get(ctx: Context) -> FakeResponse:
    return FakeResponse.of_json(200, ctx.item())


def generic_create(ctx: Context) -> FakeResponse:
    ctx.check_parents()
    doc = new_document(ctx, from_the_caller(ctx))
    ctx.fake.store.add(ctx.collection, doc)
    return answer(ctx, doc)


def generic_update(ctx: Context) -> FakeResponse:
    doc = ctx.item()
    doc.update({k: v for k, v in from_the_caller(ctx).items() if k != "_id"})
    stamp(ctx, doc, ("updatedAt", "modifiedAt", "savedAt"), overwrite=True)
    return answer(ctx, doc)


def generic_delete(ctx: Context) -> FakeResponse:
    ctx.item()
    ctx.fake.store.remove(ctx.collection, ctx.item_id)
    return answer(ctx, None)


def answer(ctx: Context, doc: dict[str, Any] | None) -> FakeResponse:
    """200 with the document where the operation documents a body; else 204 if documented, else empty 200."""
    if doc is not None and response_schema(ctx.route.operation) is not None:
        return FakeResponse.of_json(200, copy.deepcopy(doc))
    return FakeResponse.empty(204 if "204" in ctx.route.operation["responses"] else 200)


def from_the_caller(ctx: Context) -> dict[str, Any]:
    """The body's fields, less those the server owns: declared by the answer and not by the request
    body (a contact's `timestamp`, `usedCount`, ...). Stored as sent, a `"timestamp": [256, null]`
    came back in an answer that its own schema refuses."""
    body = dict(ctx.body or {})
    declared = properties(body_schema(ctx.route.operation) or {})
    if not declared:  # a free-form body: nothing to tell the server's fields by
        return body
    owned = set(properties(item_schema(ctx))) - set(declared)
    return {name: value for name, value in body.items() if name not in owned}


def item_schema(ctx: Context) -> dict[str, Any]:
    schema = response_schema(ctx.route.operation) or {}
    props = properties(schema)
    if "results" in props:
        return resolve(props["results"].get("items"))
    return schema


def stamp(ctx: Context, doc: dict[str, Any], names: tuple[str, ...], *, overwrite: bool = False) -> None:
    """Set timestamp fields the item schema declares, in the representation it declares."""
    props = properties(item_schema(ctx))
    for name in names:
        if name in props and (overwrite or name not in doc):
            declared = resolve(props[name])
            doc[name] = ctx.fake.now_iso() if declared.get("type") == "string" else ctx.fake.now_ms()


def new_document(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    doc.pop("_id", None)
    doc["_id"] = ctx.fake.store.new_id()
    props = properties(item_schema(ctx))
    if "userId" in props:
        doc.setdefault("userId", ctx.user_id)
    segments = ctx.resolved_segments()
    template = ctx.route.template.strip("/").split("/")
    for i, segment in enumerate(template):
        if segment.startswith("{") and i > 0:
            field = template[i - 1].rstrip("s") + "Id"  # /rules/{id}/actions -> ruleId
            if field in props:
                doc.setdefault(field, segments[i])
    stamp(ctx, doc, ("createdAt", "created", "creationDate", "timestamp", "savedAt", "updatedAt", "modifiedAt"))
    return doc


def classify(route: Route) -> Handler | None:
    """The generic handler a route's shape implies, or None when it needs special behaviour."""
    is_item = route.template.endswith("}")
    has_list = any(r.method == "GET" and r.template == route.template for r in routes())
    schema = response_schema(route.operation)
    if route.method == "GET":
        if is_item:
            return generic_get
        return generic_list if schema is not None and "results" in properties(schema) else None
    if route.method == "POST" and not is_item and has_list:
        return generic_create
    if route.method in {"PATCH", "PUT"} and is_item:
        return generic_update
    if route.method == "DELETE" and is_item:
        return generic_delete
    return None


def handler_for(route: Route) -> Handler:
    from ._behaviour import SPECIAL

    handler = SPECIAL.get(route.operation_id) or classify(route)
    if handler is None:  # pragma: no cover - tests/test_fake.py checks every operation has one
        raise HTTPError(501, f"The fake has no behaviour for {route.operation_id}")
    return handler
