from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import crm_connection as _m_crm_connection
from . import email_address as _m_email_address
from . import sequence_shared as _m_sequence_shared
from . import sequence_stage as _m_sequence_stage
from . import share_grant as _m_share_grant

if TYPE_CHECKING:
    from ..models.crm_connection import CrmConnection
    from ..models.email_address import EmailAddress
    from ..models.sequence_shared import SequenceShared
    from ..models.sequence_stage import SequenceStage
    from ..models.share_grant import ShareGrant

_KEYS = frozenset(
    (
        "_id",
        "name",
        "userId",
        "createdAt",
        "updatedAt",
        "sendStagesAsReplies",
        "stages",
        "cc",
        "bcc",
        "linkTrackingEnabled",
        "fileTrackingEnabled",
        "notificationsEnabled",
        "syncToOrg",
        "teamIds",
        "variables",
        "crmsConnected",
        "timezone",
        "shared",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at
        if self.send_stages_as_replies is not UNSET:
            field_dict["sendStagesAsReplies"] = self.send_stages_as_replies
        if self.stages is not UNSET:
            field_dict["stages"] = _to_json(self.stages)
        if self.cc is not UNSET:
            field_dict["cc"] = _to_json(self.cc)
        if self.bcc is not UNSET:
            field_dict["bcc"] = _to_json(self.bcc)
        if self.link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = self.link_tracking_enabled
        if self.file_tracking_enabled is not UNSET:
            field_dict["fileTrackingEnabled"] = self.file_tracking_enabled
        if self.notifications_enabled is not UNSET:
            field_dict["notificationsEnabled"] = self.notifications_enabled
        if self.sync_to_org is not UNSET:
            field_dict["syncToOrg"] = self.sync_to_org
        if self.team_ids is not UNSET:
            field_dict["teamIds"] = self.team_ids
        if self.variables is not UNSET:
            field_dict["variables"] = self.variables
        if self.crms_connected is not UNSET:
            field_dict["crmsConnected"] = _to_json(self.crms_connected)
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        if self.shared is not UNSET:
            field_dict["shared"] = _to_json(self.shared)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("Sequence", "_id", "string", id)

        name = _get("name", UNSET)
        if not (name.__class__ is str):
            _deviation("Sequence", "name", "string", name)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Sequence", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("Sequence", "createdAt", "integer or string", created_at)

        updated_at = _get("updatedAt", UNSET)
        if (
            not (updated_at.__class__ is int or updated_at.__class__ is str or updated_at is None)
            and updated_at is not UNSET
        ):
            _deviation("Sequence", "updatedAt", "integer or string or null", updated_at)

        send_stages_as_replies = _get("sendStagesAsReplies", UNSET)
        if (
            not (send_stages_as_replies is True or send_stages_as_replies is False)
            and send_stages_as_replies is not UNSET
        ):
            _deviation("Sequence", "sendStagesAsReplies", "boolean", send_stages_as_replies)

        stages = _get("stages", UNSET)
        if stages.__class__ is list:
            _stages_items: list[Any] = []
            for _stages_item in stages:
                if _stages_item.__class__ is str:
                    pass
                elif _stages_item.__class__ is dict:
                    try:
                        _stages_item = _m_sequence_stage.SequenceStage.from_dict(_stages_item)
                    except _ResponseDeviation as _e:
                        _e._within("Sequence", f"stages[{len(_stages_items)}]")
                        raise
                else:
                    _deviation("Sequence", f"stages[{len(_stages_items)}]", "string or SequenceStage", _stages_item)

                _stages_items.append(_stages_item)
            stages = _stages_items
        elif stages is None:
            pass
        elif stages is not UNSET:
            _deviation("Sequence", "stages", "array of string or SequenceStage or null", stages)

        cc = _get("cc", UNSET)
        if cc.__class__ is list:
            _cc_items: list[Any] = []
            for _cc_item in cc:
                if _cc_item.__class__ is dict:
                    try:
                        _cc_item = _m_email_address.EmailAddress.from_dict(_cc_item)
                    except _ResponseDeviation as _e:
                        _e._within("Sequence", f"cc[{len(_cc_items)}]")
                        raise
                else:
                    _deviation("Sequence", f"cc[{len(_cc_items)}]", "EmailAddress", _cc_item)

                _cc_items.append(_cc_item)
            cc = _cc_items
        elif cc is None:
            pass
        elif cc is not UNSET:
            _deviation("Sequence", "cc", "array of EmailAddress or null", cc)

        bcc = _get("bcc", UNSET)
        if bcc.__class__ is list:
            _bcc_items: list[Any] = []
            for _bcc_item in bcc:
                if _bcc_item.__class__ is dict:
                    try:
                        _bcc_item = _m_email_address.EmailAddress.from_dict(_bcc_item)
                    except _ResponseDeviation as _e:
                        _e._within("Sequence", f"bcc[{len(_bcc_items)}]")
                        raise
                else:
                    _deviation("Sequence", f"bcc[{len(_bcc_items)}]", "EmailAddress", _bcc_item)

                _bcc_items.append(_bcc_item)
            bcc = _bcc_items
        elif bcc is None:
            pass
        elif bcc is not UNSET:
            _deviation("Sequence", "bcc", "array of EmailAddress or null", bcc)

        link_tracking_enabled = _get("linkTrackingEnabled", UNSET)
        if not (link_tracking_enabled is True or link_tracking_enabled is False) and link_tracking_enabled is not UNSET:
            _deviation("Sequence", "linkTrackingEnabled", "boolean", link_tracking_enabled)

        file_tracking_enabled = _get("fileTrackingEnabled", UNSET)
        if not (file_tracking_enabled is True or file_tracking_enabled is False) and file_tracking_enabled is not UNSET:
            _deviation("Sequence", "fileTrackingEnabled", "boolean", file_tracking_enabled)

        notifications_enabled = _get("notificationsEnabled", UNSET)
        if not (notifications_enabled is True or notifications_enabled is False) and notifications_enabled is not UNSET:
            _deviation("Sequence", "notificationsEnabled", "boolean", notifications_enabled)

        sync_to_org = _get("syncToOrg", UNSET)
        if not (sync_to_org is True or sync_to_org is False) and sync_to_org is not UNSET:
            _deviation("Sequence", "syncToOrg", "boolean", sync_to_org)

        team_ids = _get("teamIds", UNSET)
        if team_ids.__class__ is list:
            for _n1, _team_ids_item in enumerate(team_ids):
                if not (_team_ids_item.__class__ is str):
                    _deviation("Sequence", f"teamIds[{_n1}]", "string", _team_ids_item)
        elif team_ids is None:
            pass
        elif team_ids is not UNSET:
            _deviation("Sequence", "teamIds", "array of string or null", team_ids)

        variables = _get("variables", UNSET)
        if variables.__class__ is list:
            for _n1, _variables_item in enumerate(variables):
                if not (_variables_item.__class__ is str):
                    _deviation("Sequence", f"variables[{_n1}]", "string", _variables_item)
        elif variables is None:
            pass
        elif variables is not UNSET:
            _deviation("Sequence", "variables", "array of string or null", variables)

        crms_connected = _get("crmsConnected", UNSET)
        if crms_connected.__class__ is list:
            _crms_connected_items: list[Any] = []
            for _crms_connected_item in crms_connected:
                if _crms_connected_item.__class__ is dict:
                    try:
                        _crms_connected_item = _m_crm_connection.CrmConnection.from_dict(_crms_connected_item)
                    except _ResponseDeviation as _e:
                        _e._within("Sequence", f"crmsConnected[{len(_crms_connected_items)}]")
                        raise
                else:
                    _deviation(
                        "Sequence",
                        f"crmsConnected[{len(_crms_connected_items)}]",
                        "CrmConnection",
                        _crms_connected_item,
                    )

                _crms_connected_items.append(_crms_connected_item)
            crms_connected = _crms_connected_items
        elif crms_connected is None:
            pass
        elif crms_connected is not UNSET:
            _deviation("Sequence", "crmsConnected", "array of CrmConnection or null", crms_connected)

        timezone = _get("timezone", UNSET)
        if not (timezone.__class__ is str) and timezone is not UNSET:
            _deviation("Sequence", "timezone", "string", timezone)

        shared = _get("shared", UNSET)
        if shared is True or shared is False:
            pass
        elif shared.__class__ is dict:
            try:
                shared = _m_sequence_shared.SequenceShared.from_dict(shared)
            except _ResponseDeviation as _e:
                _e._within("Sequence", "shared")
                raise
        elif shared.__class__ is list:
            _shared_items: list[Any] = []
            for _shared_item in shared:
                if _shared_item.__class__ is dict:
                    try:
                        _shared_item = _m_share_grant.ShareGrant.from_dict(_shared_item)
                    except _ResponseDeviation as _e:
                        _e._within("Sequence", f"shared[{len(_shared_items)}]")
                        raise
                else:
                    _deviation("Sequence", f"shared[{len(_shared_items)}]", "ShareGrant", _shared_item)

                _shared_items.append(_shared_item)
            shared = _shared_items
        elif shared is None:
            pass
        elif shared is not UNSET:
            _deviation("Sequence", "shared", "boolean or SequenceShared or array of ShareGrant or null", shared)

        _obj = cls(
            id,
            name,
            user_id,
            created_at,
            updated_at,
            send_stages_as_replies,
            stages,
            cc,
            bcc,
            link_tracking_enabled,
            file_tracking_enabled,
            notifications_enabled,
            sync_to_org,
            team_ids,
            variables,
            crms_connected,
            timezone,
            shared,
        )
        if not _KEYS.issuperset(src_dict):
            _obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return _obj

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
