from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant


T = TypeVar("T", bound="SequenceFolder")


@_attrs_define
class SequenceFolder:
    id: str
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    saved_at: int | None | str | Unset = UNSET
    sequence_ids: list[str] | None | Unset = UNSET
    shared: bool | list[ShareGrant] | None | SequenceShared | Unset = UNSET
    """ Sharing state; its shape depends on the resource and its age: a boolean (contact groups and
    integrations per GO), an object of settings (sequences per DOC; sequence folders and snippet tags
    as observed by AB), or a list of `{userEmail, confirmed}` grants (the DOC examples of snippets and
    snippet tags); `null` when never shared.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        saved_at: int | None | str | Unset
        if isinstance(self.saved_at, Unset):
            saved_at = UNSET
        else:
            saved_at = self.saved_at

        sequence_ids: list[str] | None | Unset
        if isinstance(self.sequence_ids, Unset):
            sequence_ids = UNSET
        elif isinstance(self.sequence_ids, list):
            sequence_ids = self.sequence_ids

        else:
            sequence_ids = self.sequence_ids

        shared: bool | dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.shared, Unset):
            shared = UNSET
        elif isinstance(self.shared, SequenceShared):
            shared = self.shared.to_dict()
        elif isinstance(self.shared, list):
            shared = []
            for componentsschemas_shared_type_2_item_data in self.shared:
                componentsschemas_shared_type_2_item = componentsschemas_shared_type_2_item_data.to_dict()
                shared.append(componentsschemas_shared_type_2_item)

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
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415
        from ..models.share_grant import ShareGrant  # noqa: PLC0415

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

        def _parse_saved_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        saved_at = _parse_saved_at(d.pop("savedAt", UNSET))

        def _parse_sequence_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sequence_ids_type_0 = cast(list[str], data)

                return sequence_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sequence_ids = _parse_sequence_ids(d.pop("sequenceIds", UNSET))

        def _parse_shared(data: object) -> bool | list[ShareGrant] | None | SequenceShared | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_shared_type_1 = SequenceShared.from_dict(data)

                return componentsschemas_shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_shared_type_2 = []
                _componentsschemas_shared_type_2 = data
                for componentsschemas_shared_type_2_item_data in _componentsschemas_shared_type_2:
                    componentsschemas_shared_type_2_item = ShareGrant.from_dict(
                        componentsschemas_shared_type_2_item_data
                    )

                    componentsschemas_shared_type_2.append(componentsschemas_shared_type_2_item)

                return componentsschemas_shared_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[ShareGrant] | None | SequenceShared | Unset, data)

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
