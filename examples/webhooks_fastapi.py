"""Receive Mixmax webhook events in a FastAPI app.

    pip install . fastapi uvicorn      # in a checkout (README, "Installation"): mixmax-sdk and the app's server
    MIXMAX_WEBHOOK_SECRET=<the secret `mixmax rules create-webhook` printed> uvicorn examples.webhooks_fastapi:app

Mixmax does not sign webhooks, so the check is the secret in the webhook URL (`?secret=...`). Two ways
are shown: a route of your own (`/mixmax/webhook`), and the SDK's ready-made ASGI receiver mounted
as a sub-application (`/mixmax/asgi`); use either.
"""

from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException, Request

from mixmax_sdk import webhooks

# Without a configured secret a random one is used, so that nothing is accepted by mistake.
SECRET = os.environ.get("MIXMAX_WEBHOOK_SECRET") or webhooks.new_secret()

received: list[webhooks.WebhookEvent] = []  # stands in for your queue or database


def handle(event: webhooks.WebhookEvent) -> None:
    """Keep it quick (Mixmax documents no retry policy): record the event, do the work elsewhere."""
    match event:
        case webhooks.MessageSent(subject=subject):
            print(f"sent {subject!r} at {event.occurred_at}")
        case webhooks.MessageReceived() if event.is_bounce:
            print(f"bounced: {event.bounced_recipient_emails}")
        case webhooks.UnknownEvent(event_name=name):
            print(f"an event this SDK does not know yet: {name}")
    received.append(event)


app = FastAPI()


@app.post("/mixmax/webhook")
async def mixmax_webhook(request: Request, secret: str | None = None) -> dict[str, bool]:
    if not webhooks.verify_secret(secret, SECRET):
        raise HTTPException(status_code=403, detail="wrong or missing secret")
    try:
        event = webhooks.parse_event(await request.body())
    except webhooks.WebhookPayloadError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None
    handle(event)
    return {"ok": True}


app.mount("/mixmax/asgi", webhooks.asgi_app(handle, secret=SECRET))
