"""The README's code runs: the per-group examples execute against the fake Mixmax."""

from __future__ import annotations

import datetime
import re

from conftest import ROOT

from mixmax_sdk.testing import FakeMixmax


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


def test_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text()
    first_block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]


def test_every_group_example_runs_against_the_fake() -> None:
    example = next(b for b in _blocks() if b.startswith("client.users.me()"))
    fake = FakeMixmax(rate_limit=None)
    first = {key: docs[-1]["_id"] for key in fake.store.collection_names() if (docs := fake.store.newest_first(key))}
    team_id = first["teams"]
    scope = {
        "client": fake.client(),
        "datetime": datetime.datetime,
        "seq_id": next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding"),
        "contact_id": first["contacts"],
        "group_id": first["contactgroups"],
        "message_id": first["messages"],
        "snippet_id": first["snippets"],
        "tag_id": first["snippettags"],
        "poll_id": first["polls"],
        "yes_no_id": first["yesno"],
        "enhancement_id": first["integrations/enhancements"],
        "meeting_type_id": first["meetingtypes"],
        "summary_id": first["meetings/summaries/search"],
        "rule_id": first["rules"],
        "team_id": team_id,
        "member_id": first[f"teams/{team_id}/members"],
    }
    exec(compile(example, "README.md", "exec"), scope)
    assert len(fake.served) >= 30  # list() calls that are not iterated send nothing (pagers are lazy)
    assert all(s.status is not None and s.status < 400 for s in fake.served), [
        (s.method, s.path, s.status) for s in fake.served if s.status is None or s.status >= 400
    ]
