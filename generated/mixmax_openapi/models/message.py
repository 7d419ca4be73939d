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
from . import email_address as _m_email_address
from . import message_attachment as _m_message_attachment
from . import message_follow_up as _m_message_follow_up
from . import message_from as _m_message_from
from . import message_sequence as _m_message_sequence

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.message_attachment import MessageAttachment
    from ..models.message_follow_up import MessageFollowUp
    from ..models.message_from import MessageFrom
    from ..models.message_sequence import MessageSequence

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "created",
        "updatedAt",
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "body",
        "trackingEnabled",
        "linkTrackingEnabled",
        "fileTrackingEnabled",
        "notificationsEnabled",
        "teamIds",
        "syncToOrg",
        "showContentTeamFeed",
        "crmsConnected",
        "attachments",
        "snippetIds",
        "followUp",
        "sequence",
        "scheduled",
        "sent",
        "sendingError",
        "errorResponse",
    )
)


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message. State: a draft has `body` and no `sendingError`; failed has `sendingError` and no
    `sent`; sent has `sent`; scheduled has `scheduled`.

        Example:
            {'_id': 'lAh716dny9EiTzt2E', 'userId': 'kZYPwDDiGPTfQDj5n', 'created': 1477855247790, 'updatedAt':
                1477855347790, 'from': {'email': 'ada@example.com', 'name': 'Ada Lovelace'}, 'to': [{'email':
                'grace@example.com', 'name': 'Grace Hopper'}], 'subject': 'Hello', 'body': '<p>Hi Grace</p>', 'trackingEnabled':
                True, 'sent': 1477855447790, 'labels': ['INBOX']}

    """

    id: str
    user_id: str | Unset = UNSET
    created: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    updated_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    from_: MessageFrom | None | Unset = UNSET
    to: list[EmailAddress] | None | Unset = UNSET
    cc: list[EmailAddress] | None | Unset = UNSET
    bcc: list[EmailAddress] | None | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    """ HTML. """
    tracking_enabled: bool | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    file_tracking_enabled: bool | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    team_ids: list[str] | None | Unset = UNSET
    sync_to_org: bool | Unset = UNSET
    show_content_team_feed: bool | Unset = UNSET
    crms_connected: list[Any] | None | Unset = UNSET
    attachments: list[MessageAttachment] | None | Unset = UNSET
    snippet_ids: list[str] | None | Unset = UNSET
    follow_up: MessageFollowUp | None | Unset = UNSET
    sequence: MessageSequence | None | Unset = UNSET
    scheduled: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sent: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sending_error: Any | Unset = UNSET
    error_response: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at
        if self.from_ is not UNSET:
            field_dict["from"] = _to_json(self.from_)
        if self.to is not UNSET:
            field_dict["to"] = _to_json(self.to)
        if self.cc is not UNSET:
            field_dict["cc"] = _to_json(self.cc)
        if self.bcc is not UNSET:
            field_dict["bcc"] = _to_json(self.bcc)
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.body is not UNSET:
            field_dict["body"] = self.body
        if self.tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = self.tracking_enabled
        if self.link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = self.link_tracking_enabled
        if self.file_tracking_enabled is not UNSET:
            field_dict["fileTrackingEnabled"] = self.file_tracking_enabled
        if self.notifications_enabled is not UNSET:
            field_dict["notificationsEnabled"] = self.notifications_enabled
        if self.team_ids is not UNSET:
            field_dict["teamIds"] = self.team_ids
        if self.sync_to_org is not UNSET:
            field_dict["syncToOrg"] = self.sync_to_org
        if self.show_content_team_feed is not UNSET:
            field_dict["showContentTeamFeed"] = self.show_content_team_feed
        if self.crms_connected is not UNSET:
            field_dict["crmsConnected"] = self.crms_connected
        if self.attachments is not UNSET:
            field_dict["attachments"] = _to_json(self.attachments)
        if self.snippet_ids is not UNSET:
            field_dict["snippetIds"] = self.snippet_ids
        if self.follow_up is not UNSET:
            field_dict["followUp"] = _to_json(self.follow_up)
        if self.sequence is not UNSET:
            field_dict["sequence"] = _to_json(self.sequence)
        if self.scheduled is not UNSET:
            field_dict["scheduled"] = self.scheduled
        if self.sent is not UNSET:
            field_dict["sent"] = self.sent
        if self.sending_error is not UNSET:
            field_dict["sendingError"] = self.sending_error
        if self.error_response is not UNSET:
            field_dict["errorResponse"] = self.error_response
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
            _deviation("Message", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Message", "userId", "string", user_id)

        created = _get("created", UNSET)
        if not (created.__class__ is int) and created is not UNSET:
            _deviation("Message", "created", "integer", created)

        updated_at = _get("updatedAt", UNSET)
        if not (updated_at.__class__ is int) and updated_at is not UNSET:
            _deviation("Message", "updatedAt", "integer", updated_at)

        from_ = _get("from", UNSET)
        if from_.__class__ is dict:
            try:
                from_ = _m_message_from.MessageFrom.from_dict(from_)
            except _ResponseDeviation as _e:
                _e._within("Message", "from")
                raise
        elif from_ is None:
            pass
        elif from_ is not UNSET:
            _deviation("Message", "from", "MessageFrom or null", from_)

        to = _get("to", UNSET)
        if to.__class__ is list:
            _to_items: list[Any] = []
            for _to_item in to:
                if _to_item.__class__ is dict:
                    try:
                        _to_item = _m_email_address.EmailAddress.from_dict(_to_item)
                    except _ResponseDeviation as _e:
                        _e._within("Message", f"to[{len(_to_items)}]")
                        raise
                else:
                    _deviation("Message", f"to[{len(_to_items)}]", "EmailAddress", _to_item)

                _to_items.append(_to_item)
            to = _to_items
        elif to is None:
            pass
        elif to is not UNSET:
            _deviation("Message", "to", "array of EmailAddress or null", to)

        cc = _get("cc", UNSET)
        if cc.__class__ is list:
            _cc_items: list[Any] = []
            for _cc_item in cc:
                if _cc_item.__class__ is dict:
                    try:
                        _cc_item = _m_email_address.EmailAddress.from_dict(_cc_item)
                    except _ResponseDeviation as _e:
                        _e._within("Message", f"cc[{len(_cc_items)}]")
                        raise
                else:
                    _deviation("Message", f"cc[{len(_cc_items)}]", "EmailAddress", _cc_item)

                _cc_items.append(_cc_item)
            cc = _cc_items
        elif cc is None:
            pass
        elif cc is not UNSET:
            _deviation("Message", "cc", "array of EmailAddress or null", cc)

        bcc = _get("bcc", UNSET)
        if bcc.__class__ is list:
            _bcc_items: list[Any] = []
            for _bcc_item in bcc:
                if _bcc_item.__class__ is dict:
                    try:
                        _bcc_item = _m_email_address.EmailAddress.from_dict(_bcc_item)
                    except _ResponseDeviation as _e:
                        _e._within("Message", f"bcc[{len(_bcc_items)}]")
                        raise
                else:
                    _deviation("Message", f"bcc[{len(_bcc_items)}]", "EmailAddress", _bcc_item)

                _bcc_items.append(_bcc_item)
            bcc = _bcc_items
        elif bcc is None:
            pass
        elif bcc is not UNSET:
            _deviation("Message", "bcc", "array of EmailAddress or null", bcc)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("Message", "subject", "string", subject)

        body = _get("body", UNSET)
        if not (body.__class__ is str) and body is not UNSET:
            _deviation("Message", "body", "string", body)

        tracking_enabled = _get("trackingEnabled", UNSET)
        if not (tracking_enabled is True or tracking_enabled is False) and tracking_enabled is not UNSET:
            _deviation("Message", "trackingEnabled", "boolean", tracking_enabled)

        link_tracking_enabled = _get("linkTrackingEnabled", UNSET)
        if not (link_tracking_enabled is True or link_tracking_enabled is False) and link_tracking_enabled is not UNSET:
            _deviation("Message", "linkTrackingEnabled", "boolean", link_tracking_enabled)

        file_tracking_enabled = _get("fileTrackingEnabled", UNSET)
        if not (file_tracking_enabled is True or file_tracking_enabled is False) and file_tracking_enabled is not UNSET:
            _deviation("Message", "fileTrackingEnabled", "boolean", file_tracking_enabled)

        notifications_enabled = _get("notificationsEnabled", UNSET)
        if not (notifications_enabled is True or notifications_enabled is False) and notifications_enabled is not UNSET:
            _deviation("Message", "notificationsEnabled", "boolean", notifications_enabled)

        team_ids = _get("teamIds", UNSET)
        if team_ids.__class__ is list:
            for _n1, _team_ids_item in enumerate(team_ids):
                if not (_team_ids_item.__class__ is str):
                    _deviation("Message", f"teamIds[{_n1}]", "string", _team_ids_item)
        elif team_ids is None:
            pass
        elif team_ids is not UNSET:
            _deviation("Message", "teamIds", "array of string or null", team_ids)

        sync_to_org = _get("syncToOrg", UNSET)
        if not (sync_to_org is True or sync_to_org is False) and sync_to_org is not UNSET:
            _deviation("Message", "syncToOrg", "boolean", sync_to_org)

        show_content_team_feed = _get("showContentTeamFeed", UNSET)
        if (
            not (show_content_team_feed is True or show_content_team_feed is False)
            and show_content_team_feed is not UNSET
        ):
            _deviation("Message", "showContentTeamFeed", "boolean", show_content_team_feed)

        crms_connected = _get("crmsConnected", UNSET)
        if not (crms_connected.__class__ is list or crms_connected is None) and crms_connected is not UNSET:
            _deviation("Message", "crmsConnected", "array of any or null", crms_connected)

        attachments = _get("attachments", UNSET)
        if attachments.__class__ is list:
            _attachments_items: list[Any] = []
            for _attachments_item in attachments:
                if _attachments_item.__class__ is dict:
                    try:
                        _attachments_item = _m_message_attachment.MessageAttachment.from_dict(_attachments_item)
                    except _ResponseDeviation as _e:
                        _e._within("Message", f"attachments[{len(_attachments_items)}]")
                        raise
                else:
                    _deviation(
                        "Message", f"attachments[{len(_attachments_items)}]", "MessageAttachment", _attachments_item
                    )

                _attachments_items.append(_attachments_item)
            attachments = _attachments_items
        elif attachments is None:
            pass
        elif attachments is not UNSET:
            _deviation("Message", "attachments", "array of MessageAttachment or null", attachments)

        snippet_ids = _get("snippetIds", UNSET)
        if snippet_ids.__class__ is list:
            for _n1, _snippet_ids_item in enumerate(snippet_ids):
                if not (_snippet_ids_item.__class__ is str):
                    _deviation("Message", f"snippetIds[{_n1}]", "string", _snippet_ids_item)
        elif snippet_ids is None:
            pass
        elif snippet_ids is not UNSET:
            _deviation("Message", "snippetIds", "array of string or null", snippet_ids)

        follow_up = _get("followUp", UNSET)
        if follow_up.__class__ is dict:
            try:
                follow_up = _m_message_follow_up.MessageFollowUp.from_dict(follow_up)
            except _ResponseDeviation as _e:
                _e._within("Message", "followUp")
                raise
        elif follow_up is None:
            pass
        elif follow_up is not UNSET:
            _deviation("Message", "followUp", "MessageFollowUp or null", follow_up)

        sequence = _get("sequence", UNSET)
        if sequence.__class__ is dict:
            try:
                sequence = _m_message_sequence.MessageSequence.from_dict(sequence)
            except _ResponseDeviation as _e:
                _e._within("Message", "sequence")
                raise
        elif sequence is None:
            pass
        elif sequence is not UNSET:
            _deviation("Message", "sequence", "MessageSequence or null", sequence)

        scheduled = _get("scheduled", UNSET)
        if not (scheduled.__class__ is int) and scheduled is not UNSET:
            _deviation("Message", "scheduled", "integer", scheduled)

        sent = _get("sent", UNSET)
        if not (sent.__class__ is int) and sent is not UNSET:
            _deviation("Message", "sent", "integer", sent)

        sending_error = _get("sendingError", UNSET)

        error_response = _get("errorResponse", UNSET)

        _obj = cls(
            id,
            user_id,
            created,
            updated_at,
            from_,
            to,
            cc,
            bcc,
            subject,
            body,
            tracking_enabled,
            link_tracking_enabled,
            file_tracking_enabled,
            notifications_enabled,
            team_ids,
            sync_to_org,
            show_content_team_feed,
            crms_connected,
            attachments,
            snippet_ids,
            follow_up,
            sequence,
            scheduled,
            sent,
            sending_error,
            error_response,
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
