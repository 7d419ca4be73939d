"""Receive Mixmax webhook events in a Flask app.

    pip install . flask                # in a checkout (README, "Installation"): mixmax-sdk and Flask
    MIXMAX_WEBHOOK_SECRET=<the secret `mixmax rules create-webhook` printed> flask --app examples.webhooks_flask run

Mixmax does not sign webhooks, so the check is the secret in the webhook URL (`?secret=...`).
(`mixmax_sdk.webhooks.wsgi_app(handle, secret=...)` is the same receiver as a plain WSGI app.)
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, request

from mixmax_sdk import webhooks

# Without a configured secret a random one is used, so that nothing is accepted by mistake.
SECRET = os.environ.get("MIXMAX_WEBHOOK_SECRET") or webhooks.new_secret()

received: list[webhooks.WebhookEvent] = []  # stands in for your queue or database

app = Flask(__name__)


@app.post("/mixmax/webhook")
def mixmax_webhook() -> tuple[dict[str, Any], int]:
    if not webhooks.verify_secret(request.args.get("secret"), SECRET):
        return {"error": "wrong or missing secret"}, 403
    try:
        event = webhooks.parse_event(request.get_data())
    except webhooks.WebhookPayloadError as exc:
        return {"error": str(exc)}, 400
    match event:
        case webhooks.MessageOpened(recipient_email=who):
            print(f"{who} opened {event.message_id} at {event.occurred_at}")
        case _:
            print(webhooks.summary(event))
    received.append(event)  # keep the handler quick: do the work elsewhere
    return {"ok": True}, 200
