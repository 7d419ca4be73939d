"""Sequence folders: list them, and create one (filter sequences by folder with `sequences.list(folder=id)`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import SequenceFolder

__all__ = ["SequenceFolders"]


class SequenceFolders(Resource[M]):
    """`client.sequence_folders`: the folders that group your sequences."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[SequenceFolder]:
        """Sequence folders, newest first, across all pages (lazily).

        `created_at` is a datetime; `saved_at` may be epoch milliseconds or an ISO string (see
        `mixmax_sdk.as_datetime`).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.sequence_folders import list_sequence_folders
        from mixmax_openapi.models import SequenceFolderPage

        return cursor_list(
            list_sequence_folders, SequenceFolderPage.from_dict, limit=limit, next=next, previous=previous
        )

    @endpoint
    def create(
        self, name: str, sequence_ids: Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[SequenceFolder]:
        """Create a folder, optionally holding these sequences; returns it (low-confidence endpoint).

        Args:
            name: the folder's name.
            sequence_ids: ids of sequences to put in it.
        """
        from mixmax_openapi.api.sequence_folders import create_sequence_folder
        from mixmax_openapi.models import SequenceFolder, SequenceFolderInput

        body = SequenceFolderInput(name=require_id(name, "name"), sequence_ids=unset(_ids(sequence_ids)))
        return from_module(create_sequence_folder, model(SequenceFolder.from_dict), body=body)


def _ids(values: Iterable[str] | None) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise MixmaxValidationError("sequence_ids must be a list of ids, not one string")
    return [require_id(v, f"sequence_ids[{i}]") for i, v in enumerate(values)]
