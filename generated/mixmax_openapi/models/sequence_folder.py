from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_folder_shared_type_1 import SequenceFolderSharedType1


T = TypeVar("T", bound="SequenceFolder")


@_attrs_define
class SequenceFolder:
    id: str
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    saved_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    sequence_ids: list[str] | Unset = UNSET
    shared: bool | SequenceFolderSharedType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sequence_folder_shared_type_1 import SequenceFolderSharedType1  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        saved_at: int | str | Unset
        if isinstance(self.saved_at, Unset):
            saved_at = UNSET
        else:
            saved_at = self.saved_at

        sequence_ids: list[str] | Unset = UNSET
        if not isinstance(self.sequence_ids, Unset):
            sequence_ids = self.sequence_ids

        shared: bool | dict[str, Any] | Unset
        if isinstance(self.shared, Unset):
            shared = UNSET
        elif isinstance(self.shared, SequenceFolderSharedType1):
            shared = self.shared.to_dict()
        else:
            shared = self.shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if saved_at is not UNSET:
            field_dict["savedAt"] = saved_at
        if sequence_ids is not UNSET:
            field_dict["sequenceIds"] = sequence_ids
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_folder_shared_type_1 import SequenceFolderSharedType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        name = d.pop("name", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_saved_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        saved_at = _parse_saved_at(d.pop("savedAt", UNSET))

        sequence_ids = cast(list[str], d.pop("sequenceIds", UNSET))

        def _parse_shared(data: object) -> bool | SequenceFolderSharedType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shared_type_1 = SequenceFolderSharedType1.from_dict(data)

                return shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | SequenceFolderSharedType1 | Unset, data)

        shared = _parse_shared(d.pop("shared", UNSET))

        sequence_folder = cls(
            id=id,
            user_id=user_id,
            name=name,
            created_at=created_at,
            saved_at=saved_at,
            sequence_ids=sequence_ids,
            shared=shared,
        )

        sequence_folder.additional_properties = d
        return sequence_folder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
