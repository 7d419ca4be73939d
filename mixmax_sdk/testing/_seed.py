"""Demo data: enough of every group for the quickstart and for hand-exploration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._wire import iso_from_ms

if TYPE_CHECKING:
    from ._fake import FakeMixmax

DAY_MS = 86_400_000
BASE_MS = 1_735_689_600_000  # 2025-01-01T00:00:00Z


def seed_demo_data(fake: FakeMixmax) -> None:
    store = fake.store
    ada, _ = fake.add_user("ada@example.com", "Ada Lovelace", token=fake.demo_token)
    grace, _ = fake.add_user("grace@example.com", "Grace Hopper", token="demo-token-grace")

    names = [
        ("Onboarding", ["Email", "First name"]),
        ("Renewal reminder", ["Email", "First name", "Renewal date"]),
        ("Webinar follow-up", ["Email", "First name", "Company"]),
        ("Trial nurture", ["Email", "First name"]),
        ("Event invite", ["Email"]),
        ("Win-back", ["Email", "First name"]),
        ("Partner intro", ["Email", "First name", "Company"]),
    ]
    # The real API mixes shapes (openapi/EVIDENCE.md): createdAt as ISO or epoch ms, cc/bcc/teamIds as
    # lists or null, `shared` as an object, a boolean, a list of grants or null. The seed shows each so
    # that every client test exercises them.
    shared_kinds: list[Any] = [{}, True, [{"userEmail": "grace@example.com", "confirmed": True}], None]
    sequences = []
    for i, (name, variables) in enumerate(names):
        created = BASE_MS + i * DAY_MS  # added oldest first: lists come back newest first
        stage = store.add("sequences/stages", {"ordinal": 0, "type": "email", "subject": f"{name}: hello"})
        no_copies = i % 3 == 2
        sequences.append(
            store.add(
                "sequences",
                {
                    "userId": ada if i % 3 else grace,
                    "createdAt": created if i % 2 else iso_from_ms(created),
                    "updatedAt": iso_from_ms(created),
                    "name": name,
                    "sendStagesAsReplies": True,
                    "stages": [stage["_id"]],
                    "cc": None if no_copies else [],
                    "bcc": None if no_copies else [],
                    "linkTrackingEnabled": True,
                    "fileTrackingEnabled": True,
                    "notificationsEnabled": False,
                    "syncToOrg": False,
                    "teamIds": None if no_copies else [],
                    "variables": variables,
                    "crmsConnected": [],
                    "timezone": "Europe/London",
                    "shared": shared_kinds[i % len(shared_kinds)],
                },
            )
        )
    onboarding = sequences[0]
    store.add(
        f"sequences/{onboarding['_id']}/recipients",
        {
            "userId": ada,
            "sequenceId": onboarding["_id"],
            "sequence": {"_id": onboarding["_id"]},
            "createdAt": BASE_MS,
            "updatedAt": BASE_MS,
            "email": "grace@example.com",
            "to": {"email": "grace@example.com", "name": "Grace"},
            "state": "active",
            "scheduledAt": BASE_MS,
            "variables": {"First name": "Grace"},
            "stages": [],
        },
    )
    store.add(
        "sequencefolders",
        {
            "userId": ada,
            "name": "Customers",
            "createdAt": iso_from_ms(BASE_MS),
            "savedAt": BASE_MS,
            "sequenceIds": [s["_id"] for s in sequences[:2]],
            "shared": False,
        },
    )
    store.add(
        "unsubscribes",
        {"email": "unsubscribed@example.com", "name": "Former Customer", "userId": ada, "timestamp": BASE_MS},
    )

    for i, (email, first, last) in enumerate(
        [
            ("linus@example.com", "Linus", "Torvalds"),
            ("barbara@example.com", "Barbara", "Liskov"),
            ("ken@example.com", "Ken", "Thompson"),
        ]
    ):
        contact = store.add(
            "contacts",
            {
                "userId": ada,
                "email": email,
                "name": f"{first} {last}",
                "timestamp": BASE_MS + i,
                "usedCount": i,
                "meta": {"First name": first, "Last name": last},
            },
        )
        store.add(
            f"contacts/{contact['_id']}/notes",
            {"userId": ada, "contactId": contact["_id"], "createdAt": BASE_MS, "text": f"Met {first} at a conference"},
        )
    store.add("contactgroups", {"userId": ada, "name": "Conference leads", "count": 3, "shared": False})

    tag = store.add(
        "snippettags",
        {
            "userId": ada,
            "createdAt": BASE_MS,
            "savedAt": BASE_MS,
            "name": "Sales",
            "shared": False,
            "isInline": False,
            "count": 2,
        },
    )
    for title in ("Intro", "Follow-up"):
        snippet = store.add(
            "snippets",
            {
                "userId": ada,
                "createdAt": BASE_MS,
                "savedAt": BASE_MS,
                "savedBy": ada,
                "title": title,
                "name": title,
                "source": f"<p>{title}, {{{{First name}}}}</p>",
                "shared": False,
                "isInline": False,
            },
        )
        store.add(f"snippettags/{tag['_id']}/snippets", dict(snippet))
    store.add(
        "codesnippets",
        {
            "userId": ada,
            "createdAt": iso_from_ms(BASE_MS),
            "html": "<pre>print()</pre>",
            "title": "Hello",
            "background": "#fff",
            "theme": "default",
            "language": "python",
        },
    )

    team = store.add("teams", {"createdAt": iso_from_ms(BASE_MS), "modifiedAt": iso_from_ms(BASE_MS), "name": "Sales"})
    for user_id, email, role in ((ada, "ada@example.com", "admin"), (grace, "grace@example.com", "member")):
        member_id = store.new_id()
        store.add(
            f"teams/{team['_id']}/members",
            {
                "_id": member_id,
                "memberId": member_id,
                "userId": user_id,
                "email": email,
                "role": role,
                "accepted": True,
                "acceptedAt": iso_from_ms(BASE_MS),
                "invitedAt": iso_from_ms(BASE_MS),
            },
        )

    message = store.add(
        "messages",
        {
            "userId": ada,
            "created": BASE_MS,
            "updatedAt": BASE_MS,
            "sent": BASE_MS,
            "from": {"email": "ada@example.com", "name": "Ada Lovelace"},
            "to": [{"email": "linus@example.com", "name": "Linus"}],
            "subject": "Hello",
            "body": "<p>Hi Linus</p>",
            "trackingEnabled": True,
        },
    )
    feed = store.add(
        "livefeed",
        {
            "_id": message["_id"],
            "userId": ada,
            "recipients": message["to"],
            "fromEmail": "ada@example.com",
            "fromName": "Ada Lovelace",
            "subject": "Hello",
            "sent": BASE_MS,
            "service": "gmail",
            # Flags arrive as 0/1 as well as booleans.
            "includeInTeamLiveFeed": 1,
            "showContentTeamFeed": False,
        },
    )
    store.add(
        "livefeed/events",
        {
            "messageId": feed["_id"],
            "type": "opened",
            "timestamp": BASE_MS + 60_000,
            "recipientEmail": "linus@example.com",
            "recipientName": "Linus",
            "isMobile": 0,
        },
    )
    store.add(
        "events",
        {
            "threadId": "t1",
            "subject": "Hello",
            "timestamp": BASE_MS + 60_000,
            "recipientEmail": "linus@example.com",
            "userId": ada,
        },
    )

    rule = store.add(
        "rules",
        {
            "userId": ada,
            "createdAt": iso_from_ms(BASE_MS),
            "modifiedAt": iso_from_ms(BASE_MS),
            "name": "Notify CRM",
            "trigger": {"type": "event", "eventName": "message:sent"},
            "isPaused": False,
        },
    )
    store.add(
        f"rules/{rule['_id']}/actions",
        {
            "ruleId": rule["_id"],
            "type": "webhook",
            "isPaused": False,
            "createdAt": iso_from_ms(BASE_MS),
            "modifiedAt": iso_from_ms(BASE_MS),
            "url": "https://crm.example.com/hook",
        },
    )
    meeting_type = store.add(
        "meetingtypes",
        {
            "userId": ada,
            "createdAt": iso_from_ms(BASE_MS),
            "updatedAt": iso_from_ms(BASE_MS),
            "name": "Intro call",
            "durationMin": 30,
            "link": "meetingtype_1",
        },
    )
    store.add(
        "meetinginvites",
        {
            "userId": ada,
            "creationDate": BASE_MS,
            "title": "Intro call",
            "timezone": "UTC",
            "meetingTypeId": meeting_type["_id"],
            "timeslots": [],
        },
    )
    summary = store.add(
        "meetings/summaries/search", {"title": "Intro call with Linus", "summary": "Went well.", "createdAt": BASE_MS}
    )
    store.add(
        "meetings/transcripts",
        {"_id": summary["_id"], "transcript": [{"speaker": "Ada", "text": "Hello!", "timestamp": 0}]},
    )
    store.add(
        "polls", {"userId": ada, "created": BASE_MS, "livePoll": False, "options": [{"text": "Yes", "respondents": []}]}
    )
    store.add("qa", {"creatorId": ada, "creationDate": BASE_MS, "title": "Feedback", "questions": []})
    store.add("yesno", {"userId": ada, "created": BASE_MS, "text": "Coffee?", "answers": []})
    store.add("filerequests", {"userId": ada, "timestamp": BASE_MS, "uploads": []})
    store.add(
        "insightsreports",
        {
            "userId": ada,
            "type": "messages",
            "title": "Weekly",
            "query": "sent:last7",
            "createdAt": iso_from_ms(BASE_MS),
        },
    )
    store.add("integrations/commands", {"userId": ada, "createdAt": BASE_MS, "name": "Giphy", "commands": ["giphy"]})
    store.add("integrations/enhancements", {"userId": ada, "createdAt": BASE_MS, "name": "Chart"})
    store.add(
        "integrations/linkresolvers",
        {"userId": ada, "createdAt": BASE_MS, "description": "Tickets", "regex": "tickets/\\d+", "order": 1},
    )
    store.add(
        "integrations/sidebars", {"userId": ada, "createdAt": BASE_MS, "name": "CRM", "url": "https://crm.example.com"}
    )
    store.add(
        "reminders",
        {
            "userId": ada,
            "date": BASE_MS + DAY_MS,
            "createdAt": BASE_MS,
            "dismissed": False,
            "trigger": "noreply",
            "threadSubject": "Hello",
        },
    )
    store.add("tasks", {"type": "todo", "status": "Open", "isCompleted": False, "description": "Call Linus"})
    store.add("appointmentlinks", {"_id": ada, "name": "ada"})
