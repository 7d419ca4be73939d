"""Every operation of the spec has exactly one method, and every method maps to exactly one operation.

The spec names each operation's method (`x-sdk: {group, method}` on the operation, the tag's `x-sdk:
{attribute}` for its group, default: the tag in snake_case); the client is walked from its resource
groups down through sub-groups and handles (`sequences.sequence(id)`), collecting every method that
sends a request.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import Any

from conftest import iter_operations

from mixmax_sdk import Mixmax
from mixmax_sdk._groups import ResourceGroups
from mixmax_sdk._resource import Method, Resource


def snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def spec_methods(spec: dict[str, Any]) -> tuple[Counter[str], set[str]]:
    """The method each operation names, and the aliases some declare (`x-sdk: {aliases: [...]}`: the
    same operation reached from a handle too, `sequences.sequence(id).get()` as `sequences.get(id)`)."""
    tags = {tag["name"]: tag.get("x-sdk", {}) for tag in spec["tags"]}
    named: Counter[str] = Counter()
    aliases: set[str] = set()
    for _, _, op in iter_operations(spec):
        sdk = op.get("x-sdk", {})
        group = tags[op["tags"][0]].get("attribute", snake(op["tags"][0]))
        path = ".".join(part for part in (group, sdk.get("group", "")) if part)
        named[f"{path}.{sdk.get('method', snake(op['operationId']))}"] += 1
        aliases.update(f"{group}.{alias}" for alias in sdk.get("aliases", []))
    return named, aliases


def client_methods(client: Mixmax) -> Counter[str]:
    found: Counter[str] = Counter()

    def walk(resource: Resource[Any], path: str) -> None:
        for klass in type(resource).__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, Method):
                    found[f"{path}.{name}"] += 1
        for name, value in vars(resource).items():
            if isinstance(value, Resource) and not name.startswith("_"):
                walk(value, f"{path}.{name}")
        handle = getattr(type(resource), "sequence", None)
        if callable(handle) and not isinstance(handle, Method):  # a handle on one item: no request
            walk(resource.sequence("seq-id"), f"{path}.sequence()")  # type: ignore[attr-defined]

    for name, value in vars(ResourceGroups).items():
        if isinstance(value, cached_property):
            walk(getattr(client, name), name)
    return found


def test_every_operation_has_exactly_one_method_and_every_method_one_operation(spec: dict[str, Any]) -> None:
    client = Mixmax(api_key="t0k3n-coverage", base_url="https://api.mixmax.com/v1")
    try:
        (in_spec, aliases), in_client = spec_methods(spec), client_methods(client)
    finally:
        client.close()
    assert aliases == {"sequences.sequence().get"}
    assert not aliases & set(in_spec)
    assert sum(in_spec.values()) == len(iter_operations(spec)) == 124
    assert [name for name, count in in_spec.items() if count > 1] == []  # two operations, one name
    assert sorted(set(in_spec) - set(in_client)) == []  # operations without a method
    assert sorted(set(in_client) - set(in_spec) - aliases) == []  # methods without an operation
    assert aliases <= set(in_client)
    assert "salesforce.contact_or_lead" in in_client
    assert "sequences.sequence().recipients.list" in in_client
