"""Operations whose behaviour is more than generic collection semantics (see `_handlers.classify`)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from .._validate import is_email as valid_email
from ._handlers import (
    Context,
    Handler,
    answer,
    cursor_page,
    from_the_caller,
    generic_create,
    generic_get,
    generic_list,
)
from ._webhooks import message_sent_payload
from ._wire import NOT_FOUND, FakeResponse, HTTPError

SPECIAL: dict[str, Handler] = {}


def special(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for op_id in operation_ids:
            SPECIAL[op_id] = fn
        return fn

    return register


def json200(data: Any) -> FakeResponse:
    return FakeResponse.of_json(200, data)


def ok() -> FakeResponse:
    return FakeResponse.empty(200)


# ------------------------------------------------------------------------ users, preferences, links
@special("getCurrentUser")
def current_user(ctx: Context) -> FakeResponse:
    return json200(ctx.fake.store.get("users", ctx.user_id))


def _preferences(ctx: Context) -> dict[str, Any]:
    doc = ctx.fake.store.get("userpreferences", ctx.user_id)
    if doc is None:
        doc = ctx.fake.store.add(
            "userpreferences",
            {"_id": ctx.user_id, "userId": ctx.user_id, "undoSendEnabled": True, "undoDelay": 5, "weekStartDay": 0},
        )
    return doc


@special("getUserPreferences")
def get_preferences(ctx: Context) -> FakeResponse:
    doc = _preferences(ctx)
    fields = ctx.request.arg("fields")
    if fields:
        wanted = {f.strip() for f in fields.split(",")} | {"_id"}
        doc = {k: v for k, v in doc.items() if k in wanted}
    return json200(doc)


@special("updateUserPreferences")
def update_preferences(ctx: Context) -> FakeResponse:
    doc = _preferences(ctx)
    doc.update({k: v for k, v in ctx.body.items() if k not in {"_id", "userId"}})
    return json200(doc)


def _link(ctx: Context) -> dict[str, Any]:
    doc = ctx.fake.store.get("appointmentlinks", ctx.user_id)
    return doc if doc is not None else ctx.fake.store.add("appointmentlinks", {"_id": ctx.user_id, "name": None})


def _link_view(doc: dict[str, Any]) -> dict[str, Any]:
    return {"userId": doc["_id"], "name": doc["name"]}


@special("getMyAppointmentLink")
def my_link(ctx: Context) -> FakeResponse:
    return json200(_link_view(_link(ctx)))


@special("updateMyAppointmentLink")
def update_my_link(ctx: Context) -> FakeResponse:
    name = ctx.body["name"]
    taken = [
        d for d in ctx.fake.store.newest_first("appointmentlinks") if d["name"] == name and d["_id"] != ctx.user_id
    ]
    if taken:
        raise HTTPError(400, f"The appointment link name {name!r} is taken")
    doc = _link(ctx)
    doc["name"] = name
    return json200(_link_view(doc))


@special("findAppointmentLink")
def find_link(ctx: Context) -> FakeResponse:
    name = ctx.request.arg("name")
    if not name:
        raise HTTPError(400, "name is required")
    for doc in ctx.fake.store.newest_first("appointmentlinks"):
        if doc["name"] == name:
            return json200(_link_view(doc))
    raise HTTPError(404, NOT_FOUND)


# ------------------------------------------------------------------------ contacts
@special("listContacts")
def list_contacts(ctx: Context) -> FakeResponse:
    docs = ctx.fake.store.newest_first("contacts")
    search = (ctx.request.arg("search") or "").strip().lower()
    if search:
        term = search.split(":", 1)[-1].strip('"')
        docs = [d for d in docs if term in d.get("email", "").lower() or term in (d.get("name") or "").lower()]
    return cursor_page(ctx, docs)


@special("createContact")
def create_contact(ctx: Context) -> FakeResponse:
    email = ctx.body["email"].lower()
    if not valid_email(email):
        raise HTTPError(400, "email is not a valid email address")
    for doc in ctx.fake.store.newest_first("contacts"):
        if doc["email"] == email:  # same email: merged into the existing contact
            doc.update({k: v for k, v in from_the_caller(ctx).items() if k not in {"email", "_id"}})
            return json200(doc)
    ctx.body["email"] = email
    return generic_create(ctx)


@special("queryContacts")
def query_contacts(ctx: Context) -> FakeResponse:
    q = (ctx.request.arg("q") or "").lower()
    if not q:
        raise HTTPError(400, "q is required")
    docs = ctx.fake.store.newest_first("contacts")
    return json200({"results": [d for d in docs if q in d["email"] or q in (d.get("name") or "").lower()]})


# ------------------------------------------------------------------------ live feed, messages, send
@special("listLiveFeed")
def live_feed(ctx: Context) -> FakeResponse:
    docs = ctx.fake.store.newest_first("livefeed")
    events = ctx.fake.store.newest_first("livefeed/events")

    def count(kind: str) -> int:
        return len({e["messageId"] for e in events if e["type"] == kind})

    stats = {
        "sent": len(docs),
        "delivered": len(docs),
        "opened": count("opened"),
        "clicked": count("clicked"),
        "downloaded": count("downloaded"),
        "replied": count("replied"),
        "bounced": count("bounced"),
        "recipients": sum(len(d.get("recipients", [])) for d in docs),
    }
    return cursor_page(ctx, docs, stats=stats)


@special("listLiveFeedEvents")
def live_feed_events(ctx: Context) -> FakeResponse:
    message_id = ctx.request.arg("messageId")
    if not message_id:
        raise HTTPError(400, "messageId is required")
    if ctx.fake.store.get("livefeed", message_id) is None:
        raise HTTPError(404, NOT_FOUND)
    docs = [e for e in ctx.fake.store.newest_first("livefeed/events") if e["messageId"] == message_id][:200]
    return cursor_page(ctx, [{k: v for k, v in e.items() if k != "messageId"} for e in docs])


@special("getSalesforceContactOrLead")
def salesforce_contact_or_lead(ctx: Context) -> FakeResponse:
    """A contact with a `salesforceId` is the fake's Salesforce lead; any other address matches nothing."""
    email = (ctx.request.arg("email") or "").lower()
    if not email:
        raise HTTPError(400, "email is required")
    match = next(
        (c for c in ctx.fake.store.newest_first("contacts") if c["email"] == email and c.get("salesforceId")), None
    )
    lead = None if match is None else {"Id": match["salesforceId"], "Email": email, "type": "Lead"}
    no_tasks = {"tasks": [], "hasMore": False, "listLink": None}
    return json200(
        {
            "account": None,
            "contact": None,
            "lead": lead,
            "opportunities": [],
            "openTasks": no_tasks,
            "closedTasks": no_tasks,
        }
    )


def _parent(ctx: Context, collection: str) -> dict[str, Any]:
    doc = ctx.fake.store.get(collection, ctx.params["id"])
    if doc is None:
        raise HTTPError(404, NOT_FOUND)
    return doc


@special("sendMessage")
def send_message(ctx: Context) -> FakeResponse:
    message = _parent(ctx, "messages")
    message["sent"] = ctx.fake.now_ms()
    ctx.fake.fire_event(ctx.user_id, message_sent_payload(ctx.fake, ctx.user_id, message))
    return ok()


@special("sendEmail")
def send_email(ctx: Context) -> FakeResponse:
    # The spec's patterns already checked every address list (see SendEmailMessage).
    message = ctx.body["message"]
    recipients = {
        field: [{"email": a} for a in re.split(r"\s*,\s*", message.get(field, "").strip()) if a]
        for field in ("to", "cc", "bcc")
    }
    now = ctx.fake.now_ms()
    doc = ctx.fake.store.add(
        "messages",
        {
            "userId": ctx.user_id,
            "created": now,
            "sent": now,
            "subject": message.get("subject", ""),
            "body": message.get("html", ""),
            **recipients,
        },
    )
    ctx.fake.fire_event(ctx.user_id, message_sent_payload(ctx.fake, ctx.user_id, doc))
    return ok()


@special("sendSnippet")
def send_snippet(ctx: Context) -> FakeResponse:
    _parent(ctx, "snippets")
    return ok()


# ------------------------------------------------------------------------ sequences
def _sequence(ctx: Context) -> dict[str, Any]:
    return _parent(ctx, "sequences")


@special("listSequences")
def list_sequences(ctx: Context) -> FakeResponse:
    docs = ctx.fake.store.newest_first("sequences")
    name = ctx.request.arg("name")
    if name:
        docs = [d for d in docs if name.lower() in d.get("name", "").lower()]
    folder = ctx.request.arg("folder")
    if folder == "personal":
        docs = [d for d in docs if d.get("userId") == ctx.user_id]
    elif folder == "shared":
        docs = [d for d in docs if d.get("userId") != ctx.user_id]
    elif folder:
        found = ctx.fake.store.get("sequencefolders", folder)
        if found is None:
            raise HTTPError(404, NOT_FOUND)
        docs = [d for d in docs if d["_id"] in found.get("sequenceIds", [])]
    if ctx.request.arg("expand") != "stages":
        docs = [{**d, "stages": [s if isinstance(s, str) else s["_id"] for s in d.get("stages", [])]} for d in docs]
    return cursor_page(ctx, docs)


@special("addSequenceRecipients")
def add_recipients(ctx: Context) -> FakeResponse:
    sequence = _sequence(ctx)
    key = f"sequences/{sequence['_id']}/recipients"
    store = ctx.fake.store
    present = {d["email"] for d in store.newest_first(key)}  # case-sensitive, as documented
    unsubscribed = {d["email"] for d in store.newest_first("unsubscribes")}
    contacts = {d["email"]: d for d in store.newest_first("contacts")}
    needed = [v for v in sequence.get("variables", []) if v.lower() != "email"]
    body = ctx.body
    results = []
    for item in body["recipients"]:
        email = item.get("email")
        if not valid_email(email):
            results.append({"email": email, "status": "error", "errors": ["Invalid email address"]})
            continue
        if email in present:
            results.append({"email": email, "status": "duplicated"})
            continue
        if email in unsubscribed:
            results.append({"email": email, "status": "unsubscribed"})
            continue
        variables = dict(item.get("variables") or {})
        if body.get("enrich") and email.lower() in contacts:
            for name, value in (contacts[email.lower()].get("meta") or {}).items():
                variables.setdefault(name, value)
        missing = [v for v in needed if not variables.get(v)]
        if missing and not body.get("allowMissingVariables"):
            results.append({"email": email, "status": "error", "errors": [f"Missing variable: {m}" for m in missing]})
            continue
        scheduled = item.get("scheduledAt", body.get("scheduledAt"))
        now = ctx.fake.now_ms()
        store.add(
            key,
            {
                "userId": ctx.user_id,
                "sequenceId": sequence["_id"],
                "sequence": {"_id": sequence["_id"]},
                "createdAt": now,
                "updatedAt": now,
                "email": email,
                "to": {"email": email, "name": variables.get("First name") or variables.get("name")},
                "state": "draft" if scheduled is False else "active",
                "scheduledAt": scheduled if isinstance(scheduled, int) and not isinstance(scheduled, bool) else now,
                "variables": variables,
                "stages": [],
            },
        )
        present.add(email)
        results.append({"email": email, "status": "success"})
    sequence["updatedAt"] = ctx.fake.now_iso()
    return json200({"recipients": results})


@special("listSequenceRecipients")
def list_recipients(ctx: Context) -> FakeResponse:
    sequence = _sequence(ctx)
    limit = ctx.int_arg("limit", 50, 1, 50)
    offset = ctx.int_arg("offset", 0, 0, 9999)
    if offset + limit > 10_000:
        raise HTTPError(400, "offset + limit may not exceed 10000")
    include_variables = ctx.bool_arg("includeVariables") is True
    docs = [d for d in ctx.fake.sequence_recipients(sequence["_id"]) if d["state"] not in {"draft", "exited"}]
    page = []
    for doc in docs[offset : offset + limit]:
        view = {k: copy.deepcopy(v) for k, v in doc.items() if k not in {"scheduledAt"}}
        if not include_variables:
            view.pop("variables", None)
        page.append(view)
    return json200(page)


def _exit(ctx: Context, sequence_id: str, emails: list[str] | None) -> list[str]:
    exited = []
    for doc in ctx.fake.sequence_recipients(sequence_id):
        if doc["state"] == "active" and (emails is None or doc["email"] in emails):
            doc["state"] = "exited"
            doc["updatedAt"] = ctx.fake.now_ms()
            exited.append(doc["email"])
    return exited


@special("cancelSequenceRecipients")
def cancel_recipients(ctx: Context) -> FakeResponse:
    sequence = _sequence(ctx)
    emails = (ctx.body or {}).get("emails")
    return json200({"recipients": _exit(ctx, sequence["_id"], emails)})


@special("cancelRecipientsInAllSequences")
def cancel_everywhere(ctx: Context) -> FakeResponse:
    exited: list[str] = []
    for sequence in ctx.fake.store.newest_first("sequences"):
        exited += [e for e in _exit(ctx, sequence["_id"], ctx.body["emails"]) if e not in exited]
    return json200({"recipients": exited})


@special("searchSequenceRecipients")
def search_recipients(ctx: Context) -> FakeResponse:
    wanted = set(ctx.request.query.get("recipients", []))
    if not wanted:
        raise HTTPError(400, "recipients is required")
    only = ctx.request.arg("sequenceId")
    found = []
    for sequence in ctx.fake.store.newest_first("sequences"):
        if only is None or sequence["_id"] == only:
            found += [d for d in ctx.fake.sequence_recipients(sequence["_id"]) if d["email"] in wanted]
    return json200({"total": len(found), "results": found})


@special("cancelSequenceRecipient")
def cancel_one(ctx: Context) -> FakeResponse:
    _sequence(ctx)
    doc = ctx.fake.store.get(f"sequences/{ctx.params['id']}/recipients", ctx.params["recipientId"])
    if doc is None:
        raise HTTPError(404, NOT_FOUND)
    doc["state"] = "exited"
    return ok()


@special("pauseSequence", "resumeSequence")
def pause_resume(ctx: Context) -> FakeResponse:
    _sequence(ctx)["paused"] = ctx.route.operation_id == "pauseSequence"
    return ok()


# ------------------------------------------------------------------------ teams, reminders, unsubscribes
def _invite(ctx: Context, team_id: str, members: list[dict[str, Any]]) -> None:
    for member in members:
        if not valid_email(member.get("email")):
            raise HTTPError(400, f"Invalid email address: {member.get('email')}")
    for member in members:
        member_id = ctx.fake.store.new_id()
        ctx.fake.store.add(
            f"teams/{team_id}/members",
            {
                "_id": member_id,
                "memberId": member_id,
                "email": member["email"],
                "role": member.get("role", "member"),
                "accepted": False,
                "acceptedAt": None,
                "invitedAt": ctx.fake.now_iso(),
            },
        )


@special("createTeam")
def create_team(ctx: Context) -> FakeResponse:
    members = ctx.body.pop("members", [])
    response = generic_create(ctx)
    _invite(ctx, response.json()["_id"], members)
    return response


@special("addTeamMembers")
def add_members(ctx: Context) -> FakeResponse:
    ctx.check_parents()
    _invite(ctx, ctx.params["id"], ctx.body["members"])
    return answer(ctx, None)


@special("createReminder")
def create_reminder(ctx: Context) -> FakeResponse:
    ctx.body = dict(ctx.body["reminder"])
    return generic_create(ctx)


@special("deleteUnsubscribe")
def delete_unsubscribe(ctx: Context) -> FakeResponse:
    for doc in ctx.fake.store.newest_first("unsubscribes"):
        if doc["email"] == ctx.body["email"]:
            ctx.fake.store.remove("unsubscribes", doc["_id"])
    return FakeResponse.empty(204)  # idempotent: removing an address that is not listed is fine


@special("createUnsubscribe")
def create_unsubscribe(ctx: Context) -> FakeResponse:
    if not valid_email(ctx.body["email"]):
        raise HTTPError(400, "email is not a valid email address")
    if not any(d["email"] == ctx.body["email"] for d in ctx.fake.store.newest_first("unsubscribes")):
        generic_create(ctx)
    return ok()


# ------------------------------------------------------------------------ meetings, orgs
@special("searchMeetingSummaries", "getMeetingTranscript")
def meetings(ctx: Context) -> FakeResponse:
    if "mixmaxApi" not in ctx.fake.features:
        raise HTTPError(403, "This workspace does not have the mixmaxApi feature enabled")
    return (generic_list if ctx.route.operation_id == "searchMeetingSummaries" else generic_get)(ctx)


def _domain_type(ctx: Context) -> str:
    kind = ctx.params["type"]
    if kind not in {"calendar", "tracking"}:
        raise HTTPError(400, "type must be calendar or tracking")
    return kind


@special("getCustomDomain")
def get_domain(ctx: Context) -> FakeResponse:
    doc = ctx.fake.store.get("orgs/me/custom-domains", _domain_type(ctx))
    return FakeResponse.empty(204) if doc is None else json200({"domain": doc["domain"]})


@special("createCustomDomain")
def create_domain(ctx: Context) -> FakeResponse:
    kind = _domain_type(ctx)
    ctx.fake.store.remove("orgs/me/custom-domains", kind)
    ctx.fake.store.add("orgs/me/custom-domains", {"_id": kind, "domain": ctx.body["domain"]})
    return FakeResponse.of_json(201, {"domain": ctx.body["domain"]})


@special("deleteCustomDomain")
def delete_domain(ctx: Context) -> FakeResponse:
    if ctx.fake.store.remove("orgs/me/custom-domains", _domain_type(ctx)) is None:
        raise HTTPError(404, NOT_FOUND)
    return FakeResponse.empty(204)
