"""`mixmax mcp`: every Mixmax operation as a Model Context Protocol tool, for AI agents.

The tools come from `tools.json`, which `make sdk` writes from the spec next to the facade: one tool
per operation, named after the method (`client.sequences.list` is `sequences_list`). Each call goes
through an `AsyncMixmax`, so the rate limit, retries, redirect rule, response-size limit and drift
tolerance apply as for any caller. Read-only unless told otherwise (`--allow-writes`, and
`--allow-send` for the three operations that send email).

`_table` (the tools and which are served) and `_dispatch` (one call, from JSON arguments to a
result) need nothing beyond the SDK; only `_server` imports the optional `mcp` package (the `[mcp]`
extra). `import mixmax_sdk` imports none of them.
"""

from __future__ import annotations

__all__: list[str] = []
