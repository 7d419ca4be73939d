from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.message_attachment import MessageAttachment
    from ..models.message_follow_up import MessageFollowUp
    from ..models.message_from import MessageFrom
    from ..models.message_sequence import MessageSequence


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
    from_: MessageFrom | Unset = UNSET
    to: list[EmailAddress] | Unset = UNSET
    cc: list[EmailAddress] | Unset = UNSET
    bcc: list[EmailAddress] | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    """ HTML. """
    tracking_enabled: bool | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    file_tracking_enabled: bool | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    team_ids: list[str] | Unset = UNSET
    sync_to_org: bool | Unset = UNSET
    show_content_team_feed: bool | Unset = UNSET
    crms_connected: list[Any] | Unset = UNSET
    attachments: list[MessageAttachment] | Unset = UNSET
    snippet_ids: list[str] | Unset = UNSET
    follow_up: MessageFollowUp | Unset = UNSET
    sequence: MessageSequence | Unset = UNSET
    scheduled: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sent: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sending_error: Any | Unset = UNSET
    error_response: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created = self.created

        updated_at = self.updated_at

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

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

        subject = self.subject

        body = self.body

        tracking_enabled = self.tracking_enabled

        link_tracking_enabled = self.link_tracking_enabled

        file_tracking_enabled = self.file_tracking_enabled

        notifications_enabled = self.notifications_enabled

        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        sync_to_org = self.sync_to_org

        show_content_team_feed = self.show_content_team_feed

        crms_connected: list[Any] | Unset = UNSET
        if not isinstance(self.crms_connected, Unset):
            crms_connected = self.crms_connected

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        snippet_ids: list[str] | Unset = UNSET
        if not isinstance(self.snippet_ids, Unset):
            snippet_ids = self.snippet_ids

        follow_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follow_up, Unset):
            follow_up = self.follow_up.to_dict()

        sequence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sequence, Unset):
            sequence = self.sequence.to_dict()

        scheduled = self.scheduled

        sent = self.sent

        sending_error = self.sending_error

        error_response = self.error_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = tracking_enabled
        if link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = link_tracking_enabled
        if file_tracking_enabled is not UNSET:
            field_dict["fileTrackingEnabled"] = file_tracking_enabled
        if notifications_enabled is not UNSET:
            field_dict["notificationsEnabled"] = notifications_enabled
        if team_ids is not UNSET:
            field_dict["teamIds"] = team_ids
        if sync_to_org is not UNSET:
            field_dict["syncToOrg"] = sync_to_org
        if show_content_team_feed is not UNSET:
            field_dict["showContentTeamFeed"] = show_content_team_feed
        if crms_connected is not UNSET:
            field_dict["crmsConnected"] = crms_connected
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if snippet_ids is not UNSET:
            field_dict["snippetIds"] = snippet_ids
        if follow_up is not UNSET:
            field_dict["followUp"] = follow_up
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if sent is not UNSET:
            field_dict["sent"] = sent
        if sending_error is not UNSET:
            field_dict["sendingError"] = sending_error
        if error_response is not UNSET:
            field_dict["errorResponse"] = error_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.message_follow_up import MessageFollowUp  # noqa: PLC0415
        from ..models.message_from import MessageFrom  # noqa: PLC0415
        from ..models.message_sequence import MessageSequence  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        created = d.pop("created", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: MessageFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MessageFrom.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: list[EmailAddress] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailAddress.from_dict(to_item_data)

                to.append(to_item)

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

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        tracking_enabled = d.pop("trackingEnabled", UNSET)

        link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

        file_tracking_enabled = d.pop("fileTrackingEnabled", UNSET)

        notifications_enabled = d.pop("notificationsEnabled", UNSET)

        team_ids = cast(list[str], d.pop("teamIds", UNSET))

        sync_to_org = d.pop("syncToOrg", UNSET)

        show_content_team_feed = d.pop("showContentTeamFeed", UNSET)

        crms_connected = cast(list[Any], d.pop("crmsConnected", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[MessageAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = MessageAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        snippet_ids = cast(list[str], d.pop("snippetIds", UNSET))

        _follow_up = d.pop("followUp", UNSET)
        follow_up: MessageFollowUp | Unset
        if isinstance(_follow_up, Unset):
            follow_up = UNSET
        else:
            follow_up = MessageFollowUp.from_dict(_follow_up)

        _sequence = d.pop("sequence", UNSET)
        sequence: MessageSequence | Unset
        if isinstance(_sequence, Unset):
            sequence = UNSET
        else:
            sequence = MessageSequence.from_dict(_sequence)

        scheduled = d.pop("scheduled", UNSET)

        sent = d.pop("sent", UNSET)

        sending_error = d.pop("sendingError", UNSET)

        error_response = d.pop("errorResponse", UNSET)

        message = cls(
            id=id,
            user_id=user_id,
            created=created,
            updated_at=updated_at,
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            tracking_enabled=tracking_enabled,
            link_tracking_enabled=link_tracking_enabled,
            file_tracking_enabled=file_tracking_enabled,
            notifications_enabled=notifications_enabled,
            team_ids=team_ids,
            sync_to_org=sync_to_org,
            show_content_team_feed=show_content_team_feed,
            crms_connected=crms_connected,
            attachments=attachments,
            snippet_ids=snippet_ids,
            follow_up=follow_up,
            sequence=sequence,
            scheduled=scheduled,
            sent=sent,
            sending_error=sending_error,
            error_response=error_response,
        )

        message.additional_properties = d
        return message

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
