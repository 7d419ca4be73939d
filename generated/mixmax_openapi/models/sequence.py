from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_connection import CrmConnection
    from ..models.email_address import EmailAddress
    from ..models.sequence_shared import SequenceShared
    from ..models.sequence_stage import SequenceStage


T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence:
    """A sequence.

    Example:
        {'_id': '5815495f8447b9058a310430', 'userId': 'kZYPwDDiGPTfQDj5n', 'createdAt': '2016-10-30T01:14:07.790Z',
            'updatedAt': '2016-10-31T10:00:00.000Z', 'name': 'Onboarding', 'sendStagesAsReplies': True, 'stages':
            ['5815495f8447b9058a310431', '5815495f8447b9058a310432'], 'cc': [], 'bcc': [], 'linkTrackingEnabled': True,
            'fileTrackingEnabled': True, 'notificationsEnabled': False, 'syncToOrg': False, 'teamIds': [], 'variables':
            ['Email', 'First name'], 'timezone': 'America/Los_Angeles', 'archived': False}

    """

    id: str
    user_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When a recipient was last added. """
    name: str | Unset = UNSET
    send_stages_as_replies: bool | Unset = UNSET
    stages: list[SequenceStage | str] | Unset = UNSET
    """ Stage ids; full stage objects with `expand=stages`. """
    cc: list[EmailAddress] | Unset = UNSET
    bcc: list[EmailAddress] | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    file_tracking_enabled: bool | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    sync_to_org: bool | Unset = UNSET
    team_ids: list[str] | Unset = UNSET
    variables: list[str] | Unset = UNSET
    """ Variable names the stages use, e.g. `["Email", "First name"]`. """
    crms_connected: list[CrmConnection] | Unset = UNSET
    timezone: str | Unset = UNSET
    """ IANA time-zone name. """
    shared: SequenceShared | Unset = UNSET
    """ Sharing settings of a sequence (shape not documented; kept as-is). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sequence_stage import SequenceStage  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        name = self.name

        send_stages_as_replies = self.send_stages_as_replies

        stages: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item: dict[str, Any] | str
                if isinstance(stages_item_data, SequenceStage):
                    stages_item = stages_item_data.to_dict()
                else:
                    stages_item = stages_item_data
                stages.append(stages_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        link_tracking_enabled = self.link_tracking_enabled

        file_tracking_enabled = self.file_tracking_enabled

        notifications_enabled = self.notifications_enabled

        sync_to_org = self.sync_to_org

        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        crms_connected: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crms_connected, Unset):
            crms_connected = []
            for crms_connected_item_data in self.crms_connected:
                crms_connected_item = crms_connected_item_data.to_dict()
                crms_connected.append(crms_connected_item)

        timezone = self.timezone

        shared: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared, Unset):
            shared = self.shared.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if send_stages_as_replies is not UNSET:
            field_dict["sendStagesAsReplies"] = send_stages_as_replies
        if stages is not UNSET:
            field_dict["stages"] = stages
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = link_tracking_enabled
        if file_tracking_enabled is not UNSET:
            field_dict["fileTrackingEnabled"] = file_tracking_enabled
        if notifications_enabled is not UNSET:
            field_dict["notificationsEnabled"] = notifications_enabled
        if sync_to_org is not UNSET:
            field_dict["syncToOrg"] = sync_to_org
        if team_ids is not UNSET:
            field_dict["teamIds"] = team_ids
        if variables is not UNSET:
            field_dict["variables"] = variables
        if crms_connected is not UNSET:
            field_dict["crmsConnected"] = crms_connected
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crm_connection import CrmConnection  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415
        from ..models.sequence_stage import SequenceStage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        name = d.pop("name", UNSET)

        send_stages_as_replies = d.pop("sendStagesAsReplies", UNSET)

        _stages = d.pop("stages", UNSET)
        stages: list[SequenceStage | str] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:

                def _parse_stages_item(data: object) -> SequenceStage | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        stages_item_type_1 = SequenceStage.from_dict(data)

                        return stages_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(SequenceStage | str, data)

                stages_item = _parse_stages_item(stages_item_data)

                stages.append(stages_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

        file_tracking_enabled = d.pop("fileTrackingEnabled", UNSET)

        notifications_enabled = d.pop("notificationsEnabled", UNSET)

        sync_to_org = d.pop("syncToOrg", UNSET)

        team_ids = cast(list[str], d.pop("teamIds", UNSET))

        variables = cast(list[str], d.pop("variables", UNSET))

        _crms_connected = d.pop("crmsConnected", UNSET)
        crms_connected: list[CrmConnection] | Unset = UNSET
        if _crms_connected is not UNSET:
            crms_connected = []
            for crms_connected_item_data in _crms_connected:
                crms_connected_item = CrmConnection.from_dict(crms_connected_item_data)

                crms_connected.append(crms_connected_item)

        timezone = d.pop("timezone", UNSET)

        _shared = d.pop("shared", UNSET)
        shared: SequenceShared | Unset
        if isinstance(_shared, Unset):
            shared = UNSET
        else:
            shared = SequenceShared.from_dict(_shared)

        sequence = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            send_stages_as_replies=send_stages_as_replies,
            stages=stages,
            cc=cc,
            bcc=bcc,
            link_tracking_enabled=link_tracking_enabled,
            file_tracking_enabled=file_tracking_enabled,
            notifications_enabled=notifications_enabled,
            sync_to_org=sync_to_org,
            team_ids=team_ids,
            variables=variables,
            crms_connected=crms_connected,
            timezone=timezone,
            shared=shared,
        )

        sequence.additional_properties = d
        return sequence

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
