"""Create a rule and its webhook action in one go, with a fresh secret in the URL.

Two requests in sequence: the sync and async clients run the same plan (`_plan`) and differ only in
awaiting. If the action cannot be created, the rule just made is deleted again, so that no rule
without an action is left behind, and the error is raised.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._validate import require_id
from ._secret import new_secret, secret_url

if TYPE_CHECKING:
    from mixmax_openapi.models import Rule, RuleAction

    from .._client import AsyncMixmax, Mixmax
    from ..resources.rules import TriggerDict

__all__ = ["WebhookRule", "acreate_webhook_rule", "create_webhook_rule"]


@dataclass(frozen=True)
class WebhookRule:
    """A rule with its webhook action. `url` is the webhook URL with the secret in it; give `secret` to
    the receiver (`asgi_app(handler, secret=...)`) and keep it out of logs."""

    rule: Rule
    action: RuleAction
    url: str
    secret: str

    def __repr__(self) -> str:
        return f"WebhookRule(rule={self.rule.id!r}, action={self.action.id!r}, secret=[redacted])"


@dataclass(frozen=True)
class _Plan:
    name: str
    trigger: TriggerDict
    url: str
    secret: str


def _plan(url: str, event: str, name: str | None, secret: str | None) -> _Plan:
    # Everything is validated before the first request, so bad input never leaves a rule behind.
    event = require_id(event, "event")
    secret = secret if secret is not None else new_secret()
    trigger: TriggerDict = {"type": "event", "event_name": event}
    return _Plan(name or f"Webhook: {event}", trigger, secret_url(url, secret), secret)


def create_webhook_rule(
    client: Mixmax,
    url: str,
    *,
    event: str = "message:sent",
    name: str | None = None,
    filter: str | Mapping[str, Any] | None = None,
    secret: str | None = None,
) -> WebhookRule:
    """Create a rule firing on `event` with a webhook action POSTing to `url?secret=<fresh secret>`.

    Args:
        client: a `Mixmax` client (`acreate_webhook_rule` takes an `AsyncMixmax`).
        url: the receiver's public http(s) URL.
        event: the rule trigger's event name, e.g. "message:sent", "opened".
        name: the rule's name (default "Webhook: <event>").
        filter: a Sift filter (JSON text or a mapping), e.g. `{"to.email": "sales@example.com"}`.
        secret: the secret to use instead of a freshly generated one.
    """
    plan = _plan(url, event, name, secret)
    rule = client.rules.create(plan.name, plan.trigger, filter=filter)
    try:
        action = client.rules.actions.create(rule.id, "webhook", url=plan.url)
    except BaseException:
        with contextlib.suppress(Exception):  # the original error matters more than a failed clean-up
            client.rules.delete(rule.id)
        raise
    return WebhookRule(rule, action, plan.url, plan.secret)


async def acreate_webhook_rule(
    client: AsyncMixmax,
    url: str,
    *,
    event: str = "message:sent",
    name: str | None = None,
    filter: str | Mapping[str, Any] | None = None,
    secret: str | None = None,
) -> WebhookRule:
    """`create_webhook_rule` for an `AsyncMixmax` client."""
    plan = _plan(url, event, name, secret)
    rule = await client.rules.create(plan.name, plan.trigger, filter=filter)
    try:
        action = await client.rules.actions.create(rule.id, "webhook", url=plan.url)
    except BaseException:
        with contextlib.suppress(Exception):  # the original error matters more than a failed clean-up
            await client.rules.delete(rule.id)
        raise
    return WebhookRule(rule, action, plan.url, plan.secret)
