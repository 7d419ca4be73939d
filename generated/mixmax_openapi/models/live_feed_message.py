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

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "recipients",
        "fromEmail",
        "fromName",
        "subject",
        "sent",
        "service",
        "serviceMessageId",
        "serviceThreadId",
        "includeInTeamLiveFeed",
        "showContentTeamFeed",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.recipients is not UNSET:
            field_dict["recipients"] = _to_json(self.recipients)
        if self.from_email is not UNSET:
            field_dict["fromEmail"] = self.from_email
        if self.from_name is not UNSET:
            field_dict["fromName"] = self.from_name
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.sent is not UNSET:
            field_dict["sent"] = self.sent
        if self.service is not UNSET:
            field_dict["service"] = self.service
        if self.service_message_id is not UNSET:
            field_dict["serviceMessageId"] = self.service_message_id
        if self.service_thread_id is not UNSET:
            field_dict["serviceThreadId"] = self.service_thread_id
        if self.include_in_team_live_feed is not UNSET:
            field_dict["includeInTeamLiveFeed"] = self.include_in_team_live_feed
        if self.show_content_team_feed is not UNSET:
            field_dict["showContentTeamFeed"] = self.show_content_team_feed
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
            _deviation("LiveFeedMessage", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("LiveFeedMessage", "userId", "string", user_id)

        recipients = _get("recipients", UNSET)
        if recipients.__class__ is list:
            _recipients_items: list[Any] = []
            for _recipients_item in recipients:
                if _recipients_item.__class__ is dict:
                    try:
                        _recipients_item = _m_email_address.EmailAddress.from_dict(_recipients_item)
                    except _ResponseDeviation as _e:
                        _e._within("LiveFeedMessage", f"recipients[{len(_recipients_items)}]")
                        raise
                else:
                    _deviation(
                        "LiveFeedMessage", f"recipients[{len(_recipients_items)}]", "EmailAddress", _recipients_item
                    )

                _recipients_items.append(_recipients_item)
            recipients = _recipients_items
        elif recipients is None:
            pass
        elif recipients is not UNSET:
            _deviation("LiveFeedMessage", "recipients", "array of EmailAddress or null", recipients)

        from_email = _get("fromEmail", UNSET)
        if not (from_email.__class__ is str) and from_email is not UNSET:
            _deviation("LiveFeedMessage", "fromEmail", "string", from_email)

        from_name = _get("fromName", UNSET)
        if not (from_name.__class__ is str) and from_name is not UNSET:
            _deviation("LiveFeedMessage", "fromName", "string", from_name)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("LiveFeedMessage", "subject", "string", subject)

        sent = _get("sent", UNSET)
        if not (sent.__class__ is int) and sent is not UNSET:
            _deviation("LiveFeedMessage", "sent", "integer", sent)

        service = _get("service", UNSET)
        if not (service.__class__ is str) and service is not UNSET:
            _deviation("LiveFeedMessage", "service", "string", service)

        service_message_id = _get("serviceMessageId", UNSET)
        if not (service_message_id.__class__ is str) and service_message_id is not UNSET:
            _deviation("LiveFeedMessage", "serviceMessageId", "string", service_message_id)

        service_thread_id = _get("serviceThreadId", UNSET)
        if not (service_thread_id.__class__ is str) and service_thread_id is not UNSET:
            _deviation("LiveFeedMessage", "serviceThreadId", "string", service_thread_id)

        include_in_team_live_feed = _get("includeInTeamLiveFeed", UNSET)
        if (
            not (
                (include_in_team_live_feed is True or include_in_team_live_feed is False)
                or include_in_team_live_feed.__class__ is int
            )
            and include_in_team_live_feed is not UNSET
        ):
            _deviation("LiveFeedMessage", "includeInTeamLiveFeed", "boolean or integer", include_in_team_live_feed)

        show_content_team_feed = _get("showContentTeamFeed", UNSET)
        if (
            not (
                (show_content_team_feed is True or show_content_team_feed is False)
                or show_content_team_feed.__class__ is int
            )
            and show_content_team_feed is not UNSET
        ):
            _deviation("LiveFeedMessage", "showContentTeamFeed", "boolean or integer", show_content_team_feed)

        _obj = cls(
            id,
            user_id,
            recipients,
            from_email,
            from_name,
            subject,
            sent,
            service,
            service_message_id,
            service_thread_id,
            include_in_team_live_feed,
            show_content_team_feed,
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
