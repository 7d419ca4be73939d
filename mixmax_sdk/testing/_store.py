"""In-memory documents, grouped in collections keyed by their path ("contacts", "contacts/<id>/notes")."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any


class Store:
    def __init__(self) -> None:
        self._collections: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self._ids = itertools.count(1)

    def new_id(self) -> str:
        """A 24-hex id shaped like a Mongo ObjectId."""
        return f"5f{next(self._ids):022x}"

    def add(self, key: str, doc: dict[str, Any]) -> dict[str, Any]:
        doc.setdefault("_id", self.new_id())
        self._collections[key][doc["_id"]] = doc
        return doc

    def get(self, key: str, doc_id: str) -> dict[str, Any] | None:
        return self._collections.get(key, {}).get(doc_id)

    def remove(self, key: str, doc_id: str) -> dict[str, Any] | None:
        return self._collections.get(key, {}).pop(doc_id, None)

    def newest_first(self, key: str) -> list[dict[str, Any]]:
        return list(reversed(self._collections.get(key, {}).values()))

    def oldest_first(self, key: str) -> list[dict[str, Any]]:
        return list(self._collections.get(key, {}).values())

    def collection_names(self) -> list[str]:
        return [k for k, v in self._collections.items() if v]
