"""Overrides for `client.send`: the sender and recipients of an immediate email."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from ..._call import Call, from_module, no_content
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_email, check_emails, check_text, unset
from ...errors import MixmaxValidationError


class SendOverrides(Resource[M]):
    """Overrides of `Send` (the generated class inherits them)."""

    @endpoint
    def email(
        self,
        to: Iterable[str],
        *,
        subject: str | None = None,
        html: str | None = None,
        cc: Iterable[str] | None = None,
        bcc: Iterable[str] | None = None,
        from_: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Send an email now (any 2xx answer is success; the API answers with no body).

        The addresses travel comma-separated inside `{"message": {...}}`, as in the vendor's example.

        Args:
            to: recipient addresses; at least one.
            subject: the subject line.
            html: the HTML body.
            cc: copy addresses.
            bcc: blind-copy addresses.
            from_: one of your send-from addresses (None: your default).
        """
        from mixmax_openapi.api.send import send_email
        from mixmax_openapi.models import SendEmailMessage, SendEmailRequest

        recipients = _joined(to, "to")
        if recipients is None:
            raise MixmaxValidationError("to is empty: pass at least one address")
        message = SendEmailMessage(
            to=recipients,
            cc=unset(_joined(cc, "cc")),
            bcc=unset(_joined(bcc, "bcc")),
            from_=unset(None if from_ is None else check_email(from_, "from_")),
            subject=unset(check_text(subject, "subject")),
            html=unset(check_text(html, "html")),
        )
        return from_module(send_email, no_content, body=SendEmailRequest(message=message))


def _joined(values: Iterable[str] | None, name: str) -> str | None:
    """Checked addresses as "a@x.com,b@y.com"; None for none (an empty list sends nothing)."""
    addresses = check_emails(values, name) or []
    for i, address in enumerate(addresses):
        if "," in address:
            raise MixmaxValidationError(f"{name}[{i}] contains a comma, which separates addresses: {address!r}")
    return ",".join(addresses) or None
