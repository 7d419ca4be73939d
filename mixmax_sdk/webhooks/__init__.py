"""Receive Mixmax webhook events: typed events, the secret-URL check, receivers, rule set-up.

    from mixmax_sdk import webhooks

    app = webhooks.asgi_app(handle, secret=os.environ["MIXMAX_WEBHOOK_SECRET"])

    def handle(event: webhooks.WebhookEvent) -> None:
        match event:
            case webhooks.MessageSent(subject=subject):
                print("sent", subject, event.occurred_at)
            case webhooks.UnknownEvent(event_name=name):
                print("not known to this SDK yet:", name)

Mixmax does not sign webhooks (no signature, timestamp or shared secret is documented), so the
receiver's protection is an unguessable secret in the webhook URL: `create_webhook_rule` makes one.
This module is not imported by `import mixmax_sdk`; import it where you receive webhooks.
"""

from ..errors import WebhookPayloadError
from ._events import (
    EVENT_CLASSES,
    LinkClicked,
    MessageOpened,
    MessageReceived,
    MessageSent,
    UnknownEvent,
    WebhookEvent,
    parse_event,
    summary,
)
from ._receivers import asgi_app, wsgi_app
from ._rules import WebhookRule, acreate_webhook_rule, create_webhook_rule
from ._secret import SECRET_PARAM, new_secret, secret_url, verify_secret

__all__ = [
    "EVENT_CLASSES",
    "SECRET_PARAM",
    "LinkClicked",
    "MessageOpened",
    "MessageReceived",
    "MessageSent",
    "UnknownEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookRule",
    "acreate_webhook_rule",
    "asgi_app",
    "create_webhook_rule",
    "new_secret",
    "parse_event",
    "secret_url",
    "summary",
    "verify_secret",
    "wsgi_app",
]
