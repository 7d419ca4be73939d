"""pytest plugin (registered through the `pytest11` entry point): the `mixmax_fake` fixture.

pytest loads this module in every run of every project that installs the SDK, so it imports nothing
but pytest until a test asks for the fixture (tests/test_plugin_import.py holds it to that)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._fake import FakeMixmax


@pytest.fixture
def mixmax_fake() -> Iterator[FakeMixmax]:
    """A fresh, seeded `FakeMixmax` with a controlled clock. `mixmax_fake.client()` is a ready client."""
    from ._fake import FakeMixmax

    yield FakeMixmax()
