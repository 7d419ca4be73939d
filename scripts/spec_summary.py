"""Print a one-screen coverage summary of the OpenAPI spec: operations per tag and per confidence."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict) -> list[dict]:
    return [
        op for path_item in spec.get("paths", {}).values() for method, op in path_item.items() if method in HTTP_METHODS
    ]


def main(path: str) -> int:
    spec = yaml.safe_load(Path(path).read_text())
    ops = operations(spec)
    by_tag = Counter(op["tags"][0] for op in ops)
    by_conf = Counter(op.get("x-confidence", "?") for op in ops)
    deprecated = sum(1 for op in ops if op.get("deprecated"))
    print(f"{path}: {len(ops)} operations in {len(by_tag)} tags ({deprecated} deprecated)")
    width = max(len(t) for t in by_tag)
    tags = sorted(by_tag.items(), key=lambda kv: (-kv[1], kv[0]))
    for i in range(0, len(tags), 3):
        print("  " + "   ".join(f"{t:<{width}} {n:>3}" for t, n in tags[i : i + 3]))
    print("  confidence: " + ", ".join(f"{c} {by_conf[c]}" for c in ("high", "medium", "low") if c in by_conf))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "openapi/mixmax.yaml"))
