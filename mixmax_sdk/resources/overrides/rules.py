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
    from mixmax_openapi.models import Rule, RuleAction, RuleTrigger

__all__ = ["Filter", "RuleActionsOverrides", "RulesOverrides", "TriggerDict"]


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


class RulesOverrides(Resource[M]):
    """`rules.create` and `rules.update`: the trigger is a dict, the filter JSON text or a mapping."""

    @endpoint
    def create(
        self,
        name: str,
        trigger: TriggerDict | RuleTrigger,
        *,
        filter: Filter | None = None,
        is_paused: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Rule]:
        """Create a rule. Mixmax advises adding an action too (`client.rules.actions.create`).

        Args:
            name: the rule's name.
            trigger: what fires it, `{"type": "event", "event_name": "message:sent"}` (snake_case keys;
                a `RuleTrigger` read from another rule is sent as-is).
            filter: a Sift filter, as JSON text or a mapping (serialised for you); None for no filter.
            is_paused: create the rule paused.
        """
        from mixmax_openapi.api.rules import create_rule
        from mixmax_openapi.models import Rule, RuleInput

        body = RuleInput(
            name=require_id(name, "name"),
            trigger=_trigger(trigger),
            filter_=unset(_filter(filter)),
            is_paused=unset(check_bool(is_paused, "is_paused")),
        )
        return from_module(create_rule, model(Rule.from_dict), body=body)

    @endpoint
    def update(
        self,
        rule_id: str,
        *,
        name: str | None = None,
        trigger: TriggerDict | RuleTrigger | None = None,
        filter: Filter | None = None,
        is_paused: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Rule]:
        """Change the given fields (PATCH); returns the updated rule. `is_paused` pauses or resumes it.

        Args:
            rule_id: the rule's `_id`.
            name: a new name.
            trigger: a new trigger, as for `create`.
            filter: a new Sift filter, as for `create`.
            is_paused: True to pause the rule, False to resume it.
        """
        from mixmax_openapi.api.rules import update_rule
        from mixmax_openapi.models import Rule, RuleUpdate

        rule_id = require_id(rule_id, "rule_id")
        if name is None and trigger is None and filter is None and is_paused is None:
            raise MixmaxValidationError("nothing to update: pass name, trigger, filter or is_paused")
        body = RuleUpdate(
            name=unset(None if name is None else require_id(name, "name")),
            trigger=unset(None if trigger is None else _trigger(trigger)),
            filter_=unset(_filter(filter)),
            is_paused=unset(check_bool(is_paused, "is_paused")),
        )
        return from_module(update_rule, model(Rule.from_dict), id=rule_id, body=body)


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


def _trigger(value: object) -> RuleTrigger:
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


def _filter(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return json.dumps(check_json(dict(value), "filter"), separators=(",", ":"))
    if not isinstance(value, str):
        raise MixmaxValidationError(f"filter must be JSON text or a mapping, not {value.__class__.__name__}")
    try:
        json.loads(value)
    except ValueError as exc:
        raise MixmaxValidationError(f"filter is not valid JSON: {exc}") from exc
    return value
