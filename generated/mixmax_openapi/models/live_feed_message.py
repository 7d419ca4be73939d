from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress


T = TypeVar("T", bound="LiveFeedMessage")


@_attrs_define
class LiveFeedMessage:
    """A sent message in the live feed."""

    id: str
    user_id: str | Unset = UNSET
    recipients: list[EmailAddress] | None | Unset = UNSET
    """ to + cc + bcc. """
    from_email: str | Unset = UNSET
    from_name: str | Unset = UNSET
    subject: str | Unset = UNSET
    sent: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    service: str | Unset = UNSET
    """ Mail service, e.g. `gmail`. """
    service_message_id: str | Unset = UNSET
    service_thread_id: str | Unset = UNSET
    include_in_team_live_feed: bool | int | Unset = UNSET
    """ A flag; arrives as a boolean or as 0/1. """
    show_content_team_feed: bool | int | Unset = UNSET
    """ A flag; arrives as a boolean or as 0/1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        from_email = self.from_email

        from_name = self.from_name

        subject = self.subject

        sent = self.sent

        service = self.service

        service_message_id = self.service_message_id

        service_thread_id = self.service_thread_id

        include_in_team_live_feed: bool | int | Unset
        if isinstance(self.include_in_team_live_feed, Unset):
            include_in_team_live_feed = UNSET
        else:
            include_in_team_live_feed = self.include_in_team_live_feed

        show_content_team_feed: bool | int | Unset
        if isinstance(self.show_content_team_feed, Unset):
            show_content_team_feed = UNSET
        else:
            show_content_team_feed = self.show_content_team_feed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if sent is not UNSET:
            field_dict["sent"] = sent
        if service is not UNSET:
            field_dict["service"] = service
        if service_message_id is not UNSET:
            field_dict["serviceMessageId"] = service_message_id
        if service_thread_id is not UNSET:
            field_dict["serviceThreadId"] = service_thread_id
        if include_in_team_live_feed is not UNSET:
            field_dict["includeInTeamLiveFeed"] = include_in_team_live_feed
        if show_content_team_feed is not UNSET:
            field_dict["showContentTeamFeed"] = show_content_team_feed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        def _parse_recipients(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = EmailAddress.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        from_email = d.pop("fromEmail", UNSET)

        from_name = d.pop("fromName", UNSET)

        subject = d.pop("subject", UNSET)

        sent = d.pop("sent", UNSET)

        service = d.pop("service", UNSET)

        service_message_id = d.pop("serviceMessageId", UNSET)

        service_thread_id = d.pop("serviceThreadId", UNSET)

        def _parse_include_in_team_live_feed(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        include_in_team_live_feed = _parse_include_in_team_live_feed(d.pop("includeInTeamLiveFeed", UNSET))

        def _parse_show_content_team_feed(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        show_content_team_feed = _parse_show_content_team_feed(d.pop("showContentTeamFeed", UNSET))

        live_feed_message = cls(
            id=id,
            user_id=user_id,
            recipients=recipients,
            from_email=from_email,
            from_name=from_name,
            subject=subject,
            sent=sent,
            service=service,
            service_message_id=service_message_id,
            service_thread_id=service_thread_id,
            include_in_team_live_feed=include_in_team_live_feed,
            show_content_team_feed=show_content_team_feed,
        )

        live_feed_message.additional_properties = d
        return live_feed_message

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
