from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "mixmax.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
