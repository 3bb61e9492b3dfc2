"""Fixtures for moderation tests: a known bank and a webhook receiver."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modhelpers import Receiver, md5_of


@pytest.fixture
def known_bank(database: Any) -> Callable[[bytes, str], None]:
    """Put an image's hashes in a bank of known material (with a classification)."""
    from childguard.media import banks

    def add(image: bytes, classification: str = "A2") -> None:
        with database.unit_of_work() as session:
            try:
                bank = banks.get_bank(session, "known-test")
            except Exception:
                bank = banks.create_bank(session, actor="test", name="known-test")
            banks.add_entry(session, actor="test", bank=bank, entry=banks.NewEntry(
                signal_type="md5", value=md5_of(image), classification=classification))
        # The media matcher is cached per Database object and ids can be reused between
        # tests after a truncate; reload it so the index is this test's banks.
        from childguard.media.matching import get_matcher

        get_matcher(database).load()

    return add


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.start()
    yield r
    r.stop()
