"""Appointment links: the name of your calendar booking link, and lookups by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model, optional_model
from .._resource import M, RequestOptions, Resource, endpoint
from .._validate import require_id

if TYPE_CHECKING:
    from mixmax_openapi.models import AppointmentLink

__all__ = ["AppointmentLinks"]


class AppointmentLinks(Resource[M]):
    """`client.appointment_links`: your appointment (calendar booking) link."""

    @endpoint
    def me(self, **options: Unpack[RequestOptions]) -> Call[AppointmentLink]:
        """Your appointment link: `.user_id` and `.name` (None when you have not picked one)."""
        from mixmax_openapi.api.appointment_links import get_my_appointment_link
        from mixmax_openapi.models import AppointmentLink

        return from_module(get_my_appointment_link, model(AppointmentLink.from_dict))

    @endpoint
    def update_me(self, name: str, **options: Unpack[RequestOptions]) -> Call[AppointmentLink | None]:
        """Rename your appointment link (low-confidence endpoint).

        The answer is not documented: returns the link when the API sends it back, else None.
        """
        from mixmax_openapi.api.appointment_links import update_my_appointment_link
        from mixmax_openapi.models import AppointmentLink, AppointmentLinkUpdate

        return from_module(
            update_my_appointment_link,
            optional_model(AppointmentLink.from_dict),
            body=AppointmentLinkUpdate(name=require_id(name, "name")),
        )

    @endpoint
    def find(self, name: str, **options: Unpack[RequestOptions]) -> Call[AppointmentLink]:
        """The appointment link with this name (low-confidence endpoint); `NotFoundError` if there is none."""
        from mixmax_openapi.api.appointment_links import find_appointment_link
        from mixmax_openapi.models import AppointmentLink

        return from_module(find_appointment_link, model(AppointmentLink.from_dict), name=require_id(name, "name"))
