from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.message_attachment import MessageAttachment
    from ..models.message_follow_up_type_0 import MessageFollowUpType0
    from ..models.message_from import MessageFrom
    from ..models.message_sequence_type_0 import MessageSequenceType0


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
    follow_up: MessageFollowUpType0 | None | Unset = UNSET
    sequence: MessageSequenceType0 | None | Unset = UNSET
    scheduled: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sent: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sending_error: Any | Unset = UNSET
    error_response: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_follow_up_type_0 import MessageFollowUpType0  # noqa: PLC0415
        from ..models.message_from import MessageFrom  # noqa: PLC0415
        from ..models.message_sequence_type_0 import MessageSequenceType0  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        created = self.created

        updated_at = self.updated_at

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, MessageFrom):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: list[dict[str, Any]] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item = to_type_0_item_data.to_dict()
                to.append(to_type_0_item)

        else:
            to = self.to

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

        subject = self.subject

        body = self.body

        tracking_enabled = self.tracking_enabled

        link_tracking_enabled = self.link_tracking_enabled

        file_tracking_enabled = self.file_tracking_enabled

        notifications_enabled = self.notifications_enabled

        team_ids: list[str] | None | Unset
        if isinstance(self.team_ids, Unset):
            team_ids = UNSET
        elif isinstance(self.team_ids, list):
            team_ids = self.team_ids

        else:
            team_ids = self.team_ids

        sync_to_org = self.sync_to_org

        show_content_team_feed = self.show_content_team_feed

        crms_connected: list[Any] | None | Unset
        if isinstance(self.crms_connected, Unset):
            crms_connected = UNSET
        elif isinstance(self.crms_connected, list):
            crms_connected = self.crms_connected

        else:
            crms_connected = self.crms_connected

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        snippet_ids: list[str] | None | Unset
        if isinstance(self.snippet_ids, Unset):
            snippet_ids = UNSET
        elif isinstance(self.snippet_ids, list):
            snippet_ids = self.snippet_ids

        else:
            snippet_ids = self.snippet_ids

        follow_up: dict[str, Any] | None | Unset
        if isinstance(self.follow_up, Unset):
            follow_up = UNSET
        elif isinstance(self.follow_up, MessageFollowUpType0):
            follow_up = self.follow_up.to_dict()
        else:
            follow_up = self.follow_up

        sequence: dict[str, Any] | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        elif isinstance(self.sequence, MessageSequenceType0):
            sequence = self.sequence.to_dict()
        else:
            sequence = self.sequence

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
        from ..models.message_follow_up_type_0 import MessageFollowUpType0  # noqa: PLC0415
        from ..models.message_from import MessageFrom  # noqa: PLC0415
        from ..models.message_sequence_type_0 import MessageSequenceType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        created = d.pop("created", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        def _parse_from_(data: object) -> MessageFrom | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = MessageFrom.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageFrom | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_0 = []
                _to_type_0 = data
                for to_type_0_item_data in _to_type_0:
                    to_type_0_item = EmailAddress.from_dict(to_type_0_item_data)

                    to_type_0.append(to_type_0_item)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

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

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        tracking_enabled = d.pop("trackingEnabled", UNSET)

        link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

        file_tracking_enabled = d.pop("fileTrackingEnabled", UNSET)

        notifications_enabled = d.pop("notificationsEnabled", UNSET)

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

        sync_to_org = d.pop("syncToOrg", UNSET)

        show_content_team_feed = d.pop("showContentTeamFeed", UNSET)

        def _parse_crms_connected(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                crms_connected_type_0 = cast(list[Any], data)

                return crms_connected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        crms_connected = _parse_crms_connected(d.pop("crmsConnected", UNSET))

        def _parse_attachments(data: object) -> list[MessageAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = MessageAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_snippet_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                snippet_ids_type_0 = cast(list[str], data)

                return snippet_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        snippet_ids = _parse_snippet_ids(d.pop("snippetIds", UNSET))

        def _parse_follow_up(data: object) -> MessageFollowUpType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                follow_up_type_0 = MessageFollowUpType0.from_dict(data)

                return follow_up_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageFollowUpType0 | None | Unset, data)

        follow_up = _parse_follow_up(d.pop("followUp", UNSET))

        def _parse_sequence(data: object) -> MessageSequenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sequence_type_0 = MessageSequenceType0.from_dict(data)

                return sequence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageSequenceType0 | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

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
