"""mixmax-sdk quickstart: who am I, sequences across pages, add recipients, list a sequence's recipients.

make demo                                   # against the built-in fake Mixmax (no account needed)
MIXMAX_API_KEY=... make demo                # against the real API, read-only
MIXMAX_API_KEY=... MIXMAX_DEMO_SEQUENCE_ID=... make demo   # ... and really add demo recipients there
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

from mixmax_sdk import Mixmax, MixmaxError, MixmaxValidationError, as_datetime


def main() -> int:
    with ExitStack() as stack:
        client, live, sequence_id = connect(stack)
        print(f"== mixmax-sdk quickstart ({'the real Mixmax API' if live else 'the built-in fake Mixmax'})")

        me = client.users.me()
        print(f"\n-- Who am I\n{me.name or '(no name)'} <{me.email or '?'}>  id={me.id}")

        print("\n-- Sequences, 3 per page, every page")
        pager = client.sequences.list(limit=3)
        sequences = []
        for number, page in enumerate(pager.iter_pages(), start=1):
            print(f"page {number}: {len(page)} sequence(s), has_next={page.has_next}")
            for sequence in page:
                created = as_datetime(sequence.created_at)
                when = f"{created:%Y-%m-%d}" if created else "-"  # optional fields print as "-", never UNSET
                print(f"   {sequence.name!r:28} variables={sequence.variables or []} created={when}")
                sequences.append(sequence)
            if number == 10:
                print("   (stopping after 10 pages)")
                break

        if live and sequence_id is None:
            print("\n-- Add recipients: skipped (read-only; set MIXMAX_DEMO_SEQUENCE_ID to try it on a real sequence)")
            return 0
        if sequence_id is None:
            sequence_id = next(s.id for s in sequences if s.name == "Onboarding")
        seq = client.sequences.sequence(sequence_id)

        print(f"\n-- Add recipients to sequence {sequence_id}")
        result = seq.add_recipients(
            [
                {"email": "marie@example.com", "variables": {"First name": "Marie"}},  # new
                {"email": "grace@example.com", "variables": {"First name": "Grace"}},  # already there
                {"email": "nobody@example.com"},  # lacks the sequence's "First name" variable
            ]
        )
        for row in result:
            errors = f"  {'; '.join(row.errors)}" if row.errors else ""
            print(f"   {row.email:24} {row.status}{errors}")
        print(f"   succeeded={len(result.succeeded)} duplicated={len(result.duplicated)} failed={len(result.failed)}")

        print("\n-- An invalid address is refused before any request is sent")
        try:
            seq.add_recipients(["marie@example.com", "not-an-address"])
        except MixmaxValidationError as error:
            print(f"   MixmaxValidationError: {error}")

        print("\n-- The sequence's recipients")
        for recipient in seq.recipients.list(include_variables=True):
            email = recipient.email or (recipient.to.email if recipient.to else "?")
            variables = recipient.variables.to_dict() if recipient.variables else {}
            print(f"   {email:24} state={recipient.state or '-'} variables={variables}")
        print("\nDone.")
    return 0


def connect(stack: ExitStack) -> tuple[Mixmax, bool, str | None]:
    """The real API when MIXMAX_API_KEY is set, else the fake in-process."""
    if os.environ.get("MIXMAX_API_KEY"):
        client = stack.enter_context(Mixmax())
        return client, True, os.environ.get("MIXMAX_DEMO_SEQUENCE_ID") or None
    from mixmax_sdk.testing import FakeMixmax

    return stack.enter_context(FakeMixmax().client()), False, None


if __name__ == "__main__":
    try:
        sys.exit(main())
    except MixmaxError as error:
        print(f"error: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
