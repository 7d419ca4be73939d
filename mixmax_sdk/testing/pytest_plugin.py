"""pytest plugin (registered through the `pytest11` entry point): the `mixmax_fake` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._fake import FakeMixmax


@pytest.fixture
def mixmax_fake() -> Iterator[FakeMixmax]:
    """A fresh, seeded `FakeMixmax` with a controlled clock. `mixmax_fake.client()` is a ready client."""
    yield FakeMixmax()
