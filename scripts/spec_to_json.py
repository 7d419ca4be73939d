"""Ship the spec inside the generated package as JSON (stdlib-readable), for the fake Mixmax and tools."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(source: str, target: str) -> int:
    spec = yaml.safe_load(Path(source).read_text())
    Path(target).write_text(json.dumps(spec, indent=1, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
