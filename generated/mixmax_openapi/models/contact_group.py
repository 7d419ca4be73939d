from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant


T = TypeVar("T", bound="ContactGroup")


@_attrs_define
class ContactGroup:
    """A contact group. The 2016 docs example shows `_id`, `userId`, `name` on every group."""

    id: str
    name: str
    user_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    count: int | Unset = UNSET
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

        name = self.name

        user_id = self.user_id

        group_id = self.group_id

        count = self.count

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
                "name": name,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if count is not UNSET:
            field_dict["count"] = count
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415
        from ..models.share_grant import ShareGrant  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        user_id = d.pop("userId", UNSET)

        group_id = d.pop("groupId", UNSET)

        count = d.pop("count", UNSET)

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

        contact_group = cls(
            id=id,
            name=name,
            user_id=user_id,
            group_id=group_id,
            count=count,
            shared=shared,
        )

        contact_group.additional_properties = d
        return contact_group

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
