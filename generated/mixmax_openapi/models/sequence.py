from __future__ import annotations

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
    from ..models.share_grant import ShareGrant


T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence:
    """A sequence. `createdAt` arrives as an ISO string in the docs' examples and as epoch milliseconds in
    others (Airbyte's connector parses both), so it keeps its wire form. `cc`, `bcc` and `teamIds` may
    be `null`.

        Example:
            {'_id': '5815495f8447b9058a310430', 'userId': 'kZYPwDDiGPTfQDj5n', 'createdAt': '2016-10-30T01:14:07.790Z',
                'updatedAt': '2016-10-31T10:00:00.000Z', 'name': 'Onboarding', 'sendStagesAsReplies': True, 'stages':
                ['5815495f8447b9058a310431', '5815495f8447b9058a310432'], 'cc': [], 'bcc': [], 'linkTrackingEnabled': True,
                'fileTrackingEnabled': True, 'notificationsEnabled': False, 'syncToOrg': False, 'teamIds': [], 'variables':
                ['Email', 'First name'], 'timezone': 'America/Los_Angeles', 'archived': False}

    """

    id: str
    name: str
    user_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    updated_at: int | None | str | Unset = UNSET
    """ When a recipient was last added. """
    send_stages_as_replies: bool | Unset = UNSET
    stages: list[SequenceStage | str] | None | Unset = UNSET
    """ Stage ids; full stage objects with `expand=stages`. """
    cc: list[EmailAddress] | None | Unset = UNSET
    bcc: list[EmailAddress] | None | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    file_tracking_enabled: bool | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    sync_to_org: bool | Unset = UNSET
    team_ids: list[str] | None | Unset = UNSET
    variables: list[str] | None | Unset = UNSET
    """ Variable names the stages use, e.g. `["Email", "First name"]`. """
    crms_connected: list[CrmConnection] | None | Unset = UNSET
    timezone: str | Unset = UNSET
    """ IANA time-zone name. """
    shared: bool | list[ShareGrant] | None | SequenceShared | Unset = UNSET
    """ Sharing state; its shape depends on the resource and its age: a boolean (contact groups and
    integrations per GO), an object of settings (sequences per DOC; sequence folders and snippet tags
    as observed by AB), or a list of `{userEmail, confirmed}` grants (the DOC examples of snippets and
    snippet tags); `null` when never shared.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415
        from ..models.sequence_stage import SequenceStage  # noqa: PLC0415

        id = self.id

        name = self.name

        user_id = self.user_id

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        send_stages_as_replies = self.send_stages_as_replies

        stages: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, list):
            stages = []
            for stages_type_0_item_data in self.stages:
                stages_type_0_item: dict[str, Any] | str
                if isinstance(stages_type_0_item_data, SequenceStage):
                    stages_type_0_item = stages_type_0_item_data.to_dict()
                else:
                    stages_type_0_item = stages_type_0_item_data
                stages.append(stages_type_0_item)

        else:
            stages = self.stages

        cc: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = []
            for cc_type_0_item_data in self.cc:
                cc_type_0_item = cc_type_0_item_data.to_dict()
                cc.append(cc_type_0_item)

        else:
            cc = self.cc

        bcc: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = []
            for bcc_type_0_item_data in self.bcc:
                bcc_type_0_item = bcc_type_0_item_data.to_dict()
                bcc.append(bcc_type_0_item)

        else:
            bcc = self.bcc

        link_tracking_enabled = self.link_tracking_enabled

        file_tracking_enabled = self.file_tracking_enabled

        notifications_enabled = self.notifications_enabled

        sync_to_org = self.sync_to_org

        team_ids: list[str] | None | Unset
        if isinstance(self.team_ids, Unset):
            team_ids = UNSET
        elif isinstance(self.team_ids, list):
            team_ids = self.team_ids

        else:
            team_ids = self.team_ids

        variables: list[str] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = self.variables

        else:
            variables = self.variables

        crms_connected: list[dict[str, Any]] | None | Unset
        if isinstance(self.crms_connected, Unset):
            crms_connected = UNSET
        elif isinstance(self.crms_connected, list):
            crms_connected = []
            for crms_connected_type_0_item_data in self.crms_connected:
                crms_connected_type_0_item = crms_connected_type_0_item_data.to_dict()
                crms_connected.append(crms_connected_type_0_item)

        else:
            crms_connected = self.crms_connected

        timezone = self.timezone

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
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
        from ..models.share_grant import ShareGrant  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        user_id = d.pop("userId", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        send_stages_as_replies = d.pop("sendStagesAsReplies", UNSET)

        def _parse_stages(data: object) -> list[SequenceStage | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stages_type_0 = []
                _stages_type_0 = data
                for stages_type_0_item_data in _stages_type_0:

                    def _parse_stages_type_0_item(data: object) -> SequenceStage | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            stages_type_0_item_type_1 = SequenceStage.from_dict(data)

                            return stages_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(SequenceStage | str, data)

                    stages_type_0_item = _parse_stages_type_0_item(stages_type_0_item_data)

                    stages_type_0.append(stages_type_0_item)

                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SequenceStage | str] | None | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))

        def _parse_cc(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = []
                _cc_type_0 = data
                for cc_type_0_item_data in _cc_type_0:
                    cc_type_0_item = EmailAddress.from_dict(cc_type_0_item_data)

                    cc_type_0.append(cc_type_0_item)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = []
                _bcc_type_0 = data
                for bcc_type_0_item_data in _bcc_type_0:
                    bcc_type_0_item = EmailAddress.from_dict(bcc_type_0_item_data)

                    bcc_type_0.append(bcc_type_0_item)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

        file_tracking_enabled = d.pop("fileTrackingEnabled", UNSET)

        notifications_enabled = d.pop("notificationsEnabled", UNSET)

        sync_to_org = d.pop("syncToOrg", UNSET)

        def _parse_team_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_ids_type_0 = cast(list[str], data)

                return team_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        team_ids = _parse_team_ids(d.pop("teamIds", UNSET))

        def _parse_variables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_type_0 = cast(list[str], data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_crms_connected(data: object) -> list[CrmConnection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                crms_connected_type_0 = []
                _crms_connected_type_0 = data
                for crms_connected_type_0_item_data in _crms_connected_type_0:
                    crms_connected_type_0_item = CrmConnection.from_dict(crms_connected_type_0_item_data)

                    crms_connected_type_0.append(crms_connected_type_0_item)

                return crms_connected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CrmConnection] | None | Unset, data)

        crms_connected = _parse_crms_connected(d.pop("crmsConnected", UNSET))

        timezone = d.pop("timezone", UNSET)

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

        sequence = cls(
            id=id,
            name=name,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
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
