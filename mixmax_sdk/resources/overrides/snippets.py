"""Overrides for `client.snippets`: sending a template to addresses with variables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Unpack

from ..._call import Call, from_module, no_content
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_bool, check_text, check_variables, require_id, unset
from ...errors import MixmaxValidationError
from .messages import Address, email_addresses

if TYPE_CHECKING:
    from mixmax_openapi.models import SnippetInput


class SnippetsOverrides(Resource[M]):
    """Overrides of `Snippets` (the generated class inherits them)."""

    @endpoint
    def send(
        self,
        snippet_id: str,
        to: Iterable[Address],
        *,
        cc: Iterable[Address] | None = None,
        bcc: Iterable[Address] | None = None,
        subject: str | None = None,
        tracking_enabled: bool | None = None,
        variables: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Send a snippet as an email (low-confidence endpoint; any 2xx answer is success).

        Args:
            to: recipients, as addresses or dicts `{"email", "name"}`; at least one.
            cc: copy recipients, in the same forms.
            bcc: blind-copy recipients, in the same forms.
            subject: a subject line instead of the snippet's title.
            tracking_enabled: track opens and clicks.
            variables: template variables by name, e.g. {"First name": "Grace"}.
        """
        from mixmax_openapi.api.snippets import send_snippet
        from mixmax_openapi.models import CustomVariables, SendSnippetRequest

        recipients = email_addresses(to, "to") or []
        if not recipients:
            raise MixmaxValidationError("to is empty: pass at least one address")
        values = None if variables is None else check_variables(variables, "variables")
        body = SendSnippetRequest(
            to=recipients,
            cc=unset(email_addresses(cc, "cc")),
            bcc=unset(email_addresses(bcc, "bcc")),
            subject=unset(check_text(subject, "subject")),
            tracking_enabled=unset(check_bool(tracking_enabled, "tracking_enabled")),
            variables=unset(None if values is None else CustomVariables.from_dict(values)),
        )
        return from_module(send_snippet, no_content, id=require_id(snippet_id, "snippet_id"), body=body)


def snippet_input(*, title: str | None, name: str | None, source: str | None) -> SnippetInput:
    """The `{title, name, source}` body of a snippet write; at least one of them."""
    from mixmax_openapi.models import SnippetInput

    if title is None and name is None and source is None:
        raise MixmaxValidationError("pass at least one of title, name and source")
    return SnippetInput(
        title=unset(check_text(title, "title")),
        name=unset(check_text(name, "name")),
        source=unset(check_text(source, "source")),
    )
