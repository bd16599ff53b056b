"""Reliability tests run flows (in process, and as `datagen` subprocesses) under the session
Prefect harness; subprocesses reach the harness's server through PREFECT_API_URL."""

import pytest


@pytest.fixture(autouse=True)
def _prefect(prefect_harness):
    yield
