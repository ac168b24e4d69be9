"""Shared fixtures of the position tests: the rule component of the Russia–Ukraine dossier."""

from __future__ import annotations

import pytest

from parley import registry


@pytest.fixture(scope="module")
def rules():
    return registry.create("positions.rules", dossier="russia_ukraine")
