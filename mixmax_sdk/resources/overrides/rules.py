"""Overrides for `client.rules`: rules and actions whose bodies are built from dicts and JSON filters."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_bool, check_json, check_url, require_id, unset
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import RuleAction, RuleTrigger

__all__ = ["Filter", "RuleActionsOverrides", "TriggerDict", "check_filter", "check_trigger"]


class TriggerDict(TypedDict, total=False):
    """What fires a rule: `{"type": "event", "event_name": "message:sent"}` (sent as `{type, eventName}`).

    Known event names: `unopened`, `opened`, `clicked`, `downloaded`, `message:sent`, `message:received`,
    `poll:vote`, `qa:submit`, `meetinginvited:confirmed`.
    """

    type: Required[str]
    event_name: str


_TRIGGER_KEYS = frozenset(TriggerDict.__annotations__)

Filter = str | Mapping[str, Any]
"""A Sift filter: its JSON text, or a mapping that the SDK serialises to JSON for you."""


class RuleActionsOverrides(Resource[M]):
    """`rules.actions.create`: a webhook action needs a URL."""

    @endpoint
    def create(
        self,
        rule_id: str,
        type: str,
        *,
        url: str | None = None,
        is_paused: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[RuleAction]:
        """Add an action to a rule (low-confidence endpoint: path and field names are inferred).

        Args:
            rule_id: the rule's `_id`.
            type: the action type, e.g. "webhook".
            url: the webhook URL (http or https); required for "webhook" actions.
            is_paused: create the action paused.
        """
        from mixmax_openapi.api.rules import create_rule_action
        from mixmax_openapi.models import RuleAction, RuleActionInput

        rule_id = require_id(rule_id, "rule_id")
        kind = require_id(type, "type")
        if url is None and kind == "webhook":
            raise MixmaxValidationError("a webhook action needs a url")
        body = RuleActionInput(
            type_=kind,
            url=unset(None if url is None else check_url(url, "url")),
            is_paused=unset(check_bool(is_paused, "is_paused")),
        )
        return from_module(create_rule_action, model(RuleAction.from_dict), id=rule_id, body=body)


def check_trigger(value: object, name: str) -> RuleTrigger:
    """A `TriggerDict` as the generated model (a `RuleTrigger` read from another rule is sent as-is)."""
    from mixmax_openapi.models import RuleTrigger

    if isinstance(value, RuleTrigger):
        return value
    if not isinstance(value, Mapping):
        raise MixmaxValidationError(f"trigger must be a dict like {{'type': 'event', ...}}, not {value!r}")
    unknown = set(value) - _TRIGGER_KEYS
    if unknown:
        hint = " (use event_name)" if "eventName" in unknown else ""
        raise MixmaxValidationError(f"trigger has unknown keys {sorted(unknown, key=str)}{hint}")
    if "type" not in value:
        raise MixmaxValidationError("trigger has no type")
    trigger = RuleTrigger(type_=require_id(value["type"], "trigger.type"))
    if "event_name" in value:
        trigger.event_name = require_id(value["event_name"], "trigger.event_name")
    return trigger


def check_filter(value: object, name: str) -> str:
    """A Sift filter as JSON text: a mapping is serialised, text must parse."""
    if isinstance(value, Mapping):
        return json.dumps(check_json(dict(value), "filter"), separators=(",", ":"))
    if not isinstance(value, str):
        raise MixmaxValidationError(f"filter must be JSON text or a mapping, not {value.__class__.__name__}")
    try:
        json.loads(value)
    except ValueError as exc:
        raise MixmaxValidationError(f"filter is not valid JSON: {exc}") from exc
    return value
