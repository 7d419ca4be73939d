"""The fake's rules engine: when something happens in the fake, every rule of that user whose trigger
names the event and whose filter matches has its webhook actions POST the event, over real HTTP.

Deliveries run on background threads, so the request that triggered them (e.g. `POST /send`) answers at
once, whatever the receiver does; each attempt has a short timeout (`FakeMixmax.webhook_timeout`), a
connection error or 5xx answer is retried (`webhook_attempts` in all, with a short back-off), and every
delivery is recorded on `FakeMixmax.deliveries`. `FakeMixmax.wait_for_deliveries()` waits for them.

Only loopback hosts are called (`FakeMixmax.webhook_hosts`): a test never reaches the network, and the
seeded demo rule (https://crm.example.com/hook) is recorded as skipped. Filters: a JSON object of
dotted paths to values, matched by equality (a path through a list matches if any item does), as in
the docs' example `{"to.email": "sales@yourcompany.com"}`; a filter using Sift operators (`$in`, ...)
is beyond the fake and its rule is recorded as skipped.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ._fake import FakeMixmax

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass
class Delivery:
    """One event sent (or not) to one webhook action. `status` is the last HTTP status received
    (None: no answer); `skipped` says why nothing was sent; `done` is set when no attempt is left.
    `url` stays out of the repr: its query carries the receiver's secret, and a repr ends up in logs
    and assertion messages."""

    event_name: str
    url: str = field(repr=False)
    rule_id: str
    action_id: str
    payload: dict[str, Any] = field(repr=False)
    attempts: int = 0
    status: int | None = None
    error: str | None = None
    skipped: str | None = None
    done: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)

    @property
    def delivered(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class _Unsupported(Exception):
    pass


def _values(doc: Any, path: list[str]) -> list[Any]:
    if isinstance(doc, list):
        return [v for item in doc for v in _values(item, path)]
    if not path:
        return [doc]
    if not isinstance(doc, dict) or path[0] not in doc:
        return []
    return _values(doc[path[0]], path[1:])


def filter_matches(filter_text: object, payload: dict[str, Any]) -> bool:
    """Whether a rule's filter (JSON text, absent for none) accepts the event; `_Unsupported` if the
    fake cannot evaluate it."""
    if filter_text in (None, ""):
        return True
    try:
        conditions = json.loads(filter_text) if isinstance(filter_text, str) else filter_text
    except ValueError:
        raise _Unsupported("filter is not JSON") from None
    if not isinstance(conditions, dict):
        raise _Unsupported("filter is not a JSON object")
    for key, wanted in conditions.items():
        if key.startswith("$") or isinstance(wanted, dict):
            raise _Unsupported(f"filter operator in {key!r} is not supported by the fake (equality only)")
        if not any(value == wanted for value in _values(payload, key.split("."))):
            return False
    return True


def fire(fake: FakeMixmax, user_id: str, payload: dict[str, Any]) -> list[Delivery]:
    """Start delivering `payload` to every matching webhook action of `user_id`'s rules."""
    name = payload.get("eventName", "")
    started: list[Delivery] = []
    store = fake.store
    for rule in store.oldest_first("rules"):
        trigger = rule.get("trigger") or {}
        if rule.get("userId") != user_id or rule.get("isPaused") or trigger.get("eventName") != name:
            continue
        unsupported: str | None = None  # a filter beyond the fake: its actions are recorded as skipped
        try:
            if not filter_matches(rule.get("filter"), payload):
                continue
        except _Unsupported as exc:
            unsupported = str(exc)
        for action in store.oldest_first(f"rules/{rule['_id']}/actions"):
            if action.get("type") != "webhook" or action.get("isPaused"):
                continue
            url = str(action.get("url", ""))
            delivery = Delivery(name, url, rule["_id"], action["_id"], payload, skipped=unsupported)
            host = urlsplit(delivery.url).hostname or ""
            if delivery.skipped is None and host not in fake.webhook_hosts:
                delivery.skipped = f"host {host!r} is not in FakeMixmax.webhook_hosts (no calls to the network)"
            with fake.delivery_lock:
                fake.deliveries.append(delivery)
            if delivery.skipped is not None:
                delivery.done.set()
            else:
                threading.Thread(target=_deliver, args=(fake, delivery), daemon=True, name="fake-webhook").start()
            started.append(delivery)
    return started


def _deliver(fake: FakeMixmax, delivery: Delivery) -> None:
    import httpx

    body = json.dumps(delivery.payload).encode()
    headers = {"content-type": "application/json", "user-agent": "mixmax-sdk-fake-webhooks"}
    try:
        for attempt in range(1, fake.webhook_attempts + 1):
            delivery.attempts = attempt
            try:
                response = httpx.post(delivery.url, content=body, headers=headers, timeout=fake.webhook_timeout)
                delivery.status, delivery.error = response.status_code, None
                if response.status_code < 500:  # a 4xx is the receiver's answer: sending again won't change it
                    return
            except httpx.HTTPError as exc:
                delivery.status, delivery.error = None, f"{type(exc).__name__}: {exc}"
            if attempt < fake.webhook_attempts:
                time.sleep(fake.webhook_backoff * 2 ** (attempt - 1))
    finally:
        delivery.done.set()


# ------------------------------------------------------------------ payloads, shaped as SUP documents them


def _address(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return {"email": value.get("email", ""), "name": value.get("name") or ""}
    return {"email": str(value), "name": ""}


def _plaintext(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>|</p>", "\n", markup))).strip()


def message_sent_payload(fake: FakeMixmax, user_id: str, message: dict[str, Any]) -> dict[str, Any]:
    """The `message:sent` event of a message document of the fake (see the SUP example "Sent")."""
    user = fake.store.get("users", user_id) or {}
    me = {"email": user.get("email", ""), "name": user.get("name", "")}
    return {
        "userId": user_id,
        "to": [_address(a) for a in message.get("to") or []],
        "cc": [_address(a) for a in message.get("cc") or []],
        "bcc": [_address(a) for a in message.get("bcc") or []],
        "from": _address(message["from"]) if isinstance(message.get("from"), dict) else me,
        "subject": message.get("subject", ""),
        "sent": message.get("sent", fake.now_ms()),
        # The mail provider's ids (Gmail's are 16 hex digits), derived so that they are stable per message.
        "id": hashlib.sha1(f"id:{message['_id']}".encode()).hexdigest()[:16],
        "threadId": hashlib.sha1(f"thread:{message['_id']}".encode()).hexdigest()[:16],
        "rfc822Id": f"<{message['_id']}@fake.mixmax.test>",
        "receivedBy": me,
        "plaintextBody": _plaintext(str(message.get("body", ""))),
        "eventName": "message:sent",
    }


def tracking_payload(fake: FakeMixmax, name: str, user_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An `opened`/`clicked`-shaped event (SUP example "Opened"), with `fields` (camelCase) on top."""
    message_id = fields.get("messageId")
    message = fake.store.get("messages", message_id) if isinstance(message_id, str) else None
    first = (message or {}).get("to") or [{"email": "recipient@example.com", "name": ""}]
    recipient = _address(first[0])
    base: dict[str, Any] = {
        "message": {
            "to": [_address(a) for a in (message or {}).get("to") or []],
            "cc": [_address(a) for a in (message or {}).get("cc") or []],
            "bcc": [_address(a) for a in (message or {}).get("bcc") or []],
            "subject": (message or {}).get("subject", ""),
        },
        "userId": user_id,
        "messageId": message_id if isinstance(message_id, str) else fake.store.new_id(),
        "recipientEmail": recipient["email"],
        "recipientName": recipient["name"],
        "userAgent": "Mozilla/5.0 (fake Mixmax)",
        "timestamp": fake.now_ms(),
        "ipAddress": "::ffff:127.0.0.1",
    }
    return {**base, **fields, "eventName": name}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
