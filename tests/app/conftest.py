"""Fixtures for the Pilot tests: the hand-built sample article and a fake search index."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from tests.app.sample import sample_article


@pytest.fixture
def article() -> Article:
    """The analysed sample article."""
    return sample_article()
