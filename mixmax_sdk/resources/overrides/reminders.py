"""Overrides for `client.reminders`: dates given as datetimes or epoch milliseconds."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_bool, require_id, unset
from ...errors import MixmaxValidationError
from ...timestamps import to_epoch_ms

if TYPE_CHECKING:
    from mixmax_openapi.models import Reminder, ReminderInput


class RemindersOverrides(Resource[M]):
    """Overrides of `Reminders` (the generated class inherits them)."""

    @endpoint
    def create(
        self,
        *,
        date: datetime.datetime | int,
        description: str | None = None,
        trigger: str | None = None,
        thread_subject: str | None = None,
        service: str | None = None,
        service_message_id: str | None = None,
        service_thread_id: str | None = None,
        mixmax_message_id: str | None = None,
        dismissed: bool | None = None,
        archive_thread: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Reminder]:
        """Create a reminder, sent as `{reminder: {...}, archiveThread}`.

        Args:
            date: when it fires: a datetime (naive = UTC) or epoch milliseconds.
            description: the reminder's text.
            trigger: the condition it fires on, as the API names it (values not documented).
            thread_subject: the subject of the thread it belongs to.
            service: the mail service of the message, e.g. "gmail".
            service_message_id: the mail service's id of the message it belongs to.
            service_thread_id: the mail service's id of the thread it belongs to.
            mixmax_message_id: the Mixmax message it belongs to.
            dismissed: create it already dismissed.
            archive_thread: also archive the thread the reminder belongs to.
        """
        from mixmax_openapi.api.reminders import create_reminder
        from mixmax_openapi.models import Reminder, ReminderCreateRequest

        if date is None:
            raise MixmaxValidationError("date is required: a datetime or epoch milliseconds")
        reminder = _input(
            date,
            description,
            trigger,
            thread_subject,
            service,
            service_message_id,
            service_thread_id,
            mixmax_message_id,
            dismissed,
        )
        body = ReminderCreateRequest(
            reminder=reminder, archive_thread=unset(check_bool(archive_thread, "archive_thread"))
        )
        return from_module(create_reminder, model(Reminder.from_dict), body=body)

    @endpoint
    def update(
        self,
        reminder_id: str,
        *,
        date: datetime.datetime | int | None = None,
        description: str | None = None,
        trigger: str | None = None,
        thread_subject: str | None = None,
        service: str | None = None,
        service_message_id: str | None = None,
        service_thread_id: str | None = None,
        mixmax_message_id: str | None = None,
        dismissed: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Reminder]:
        """Change the given fields (PATCH), e.g. `dismissed=True` or a new `date`; returns the reminder.

        Args:
            reminder_id: the reminder's `_id`.
            date, description, trigger, thread_subject, service, service_message_id, service_thread_id,
                mixmax_message_id, dismissed: as for `create`; None leaves a field unchanged.
        """
        from mixmax_openapi.api.reminders import update_reminder
        from mixmax_openapi.models import Reminder

        reminder_id = require_id(reminder_id, "reminder_id")
        body = _input(
            date,
            description,
            trigger,
            thread_subject,
            service,
            service_message_id,
            service_thread_id,
            mixmax_message_id,
            dismissed,
        )
        if not body.to_dict():
            raise MixmaxValidationError("nothing to update: pass at least one field")
        return from_module(update_reminder, model(Reminder.from_dict), id=reminder_id, body=body)


def _input(
    date: datetime.datetime | int | None,
    description: str | None,
    trigger: str | None,
    thread_subject: str | None,
    service: str | None,
    service_message_id: str | None,
    service_thread_id: str | None,
    mixmax_message_id: str | None,
    dismissed: bool | None,
) -> ReminderInput:
    from mixmax_openapi.models import ReminderInput

    texts = {
        "description": description,
        "trigger": trigger,
        "thread_subject": thread_subject,
        "service": service,
        "service_message_id": service_message_id,
        "service_thread_id": service_thread_id,
        "mixmax_message_id": mixmax_message_id,
    }
    for name, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise MixmaxValidationError(f"{name} must be a string, not {value!r}")
    return ReminderInput(
        date=unset(None if date is None else to_epoch_ms(date, name="date")),
        description=unset(description),
        trigger=unset(trigger),
        thread_subject=unset(thread_subject),
        service=unset(service),
        service_message_id=unset(service_message_id),
        service_thread_id=unset(service_thread_id),
        mixmax_message_id=unset(mixmax_message_id),
        dismissed=unset(check_bool(dismissed, "dismissed")),
    )
