"""The tools `mixmax mcp` can serve (`tools.json`, generated) and the choice of those it does serve."""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from ..errors import MixmaxValidationError

__all__ = ["Tool", "all_tools", "not_served", "served"]

Access = Literal["read", "write", "send"]


@dataclass(frozen=True)
class Tool:
    """One operation as a tool: what `tools/list` shows, and how `_dispatch` calls the facade."""

    name: str
    title: str
    description: str
    access: Access
    annotations: dict[str, Any]
    input_schema: dict[str, Any] = field(repr=False)
    output_schema: dict[str, Any] | None = field(repr=False)
    call: dict[str, Any] = field(repr=False)

    def listing(self) -> dict[str, Any]:
        """The tool as MCP lists it (`tools/list`)."""
        listed = {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "inputSchema": self.input_schema,
            "annotations": self.annotations,
        }
        if self.output_schema is not None:
            listed["outputSchema"] = self.output_schema
        return listed


@cache
def all_tools() -> tuple[Tool, ...]:
    """Every tool of `tools.json`, by name."""
    data = json.loads(resources.files(__package__).joinpath("tools.json").read_text(encoding="utf-8"))
    return tuple(
        Tool(
            name=t["name"],
            title=t["title"],
            description=t["description"],
            access=t["access"],
            annotations=t["annotations"],
            input_schema=t["inputSchema"],
            output_schema=t.get("outputSchema"),
            call=t["call"],
        )
        for t in data["tools"]
    )


def served(*, allow_writes: bool = False, allow_send: bool = False, patterns: str | None = None) -> list[Tool]:
    """The tools a server started with these flags offers: read-only ones, writes with `allow_writes`,
    sends with both; then only those whose name matches one of the comma-separated glob `patterns`.

    Raises MixmaxValidationError for `allow_send` without `allow_writes`, and for a pattern that names no
    tool at all (a typo would otherwise serve nothing, silently).
    """
    if allow_send and not allow_writes:
        raise MixmaxValidationError("--allow-send needs --allow-writes (sending email is a write)")
    allowed = {"read"} | ({"write"} if allow_writes else set()) | ({"send"} if allow_send else set())
    tools = [t for t in all_tools() if t.access in allowed]
    if patterns is None:
        return tools
    wanted = [p.strip() for p in patterns.split(",") if p.strip()]
    if not wanted:
        raise MixmaxValidationError("--tools is empty: give tool names or globs, e.g. 'sequences_*,users_me'")
    names = [t.name for t in all_tools()]
    unknown = [p for p in wanted if not fnmatch.filter(names, p)]
    if unknown:
        raise MixmaxValidationError(f"--tools names no tool: {', '.join(unknown)} (mixmax mcp --list shows them)")
    return [t for t in tools if any(fnmatch.fnmatchcase(t.name, p) for p in wanted)]


def not_served(*, allow_writes: bool = False, allow_send: bool = False, patterns: str | None = None) -> dict[str, str]:
    """Each tool a server started with these flags does not offer, with why: the flag it lacks, or the
    `--tools` that left it out (what a call to one answers, so the agent's user knows what to change)."""
    chosen = {t.name for t in served(allow_writes=allow_writes, allow_send=allow_send, patterns=patterns)}
    why: dict[str, str] = {}
    for tool in all_tools():
        if tool.name in chosen:
            continue
        if tool.access != "read" and not allow_writes:
            lacks = "--allow-writes --allow-send" if tool.access == "send" else "--allow-writes"
        elif tool.access == "send" and not allow_send:
            lacks = "--allow-send"
        else:
            why[tool.name] = f"the server was started with --tools {patterns!r}, which leaves it out"
            continue
        why[tool.name] = f"the server was started without {lacks}"
    return why
