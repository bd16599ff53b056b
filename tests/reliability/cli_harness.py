"""Helpers for reliability tests that run `datagen` as a subprocess against the fake server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from datagen.llm.fake_replies import ChatResponder, recognise

DATAGEN = str(Path(sys.executable).parent / "datagen")


def prefect_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The subprocess's environment: the session harness's Prefect server (a fresh ephemeral
    server would cost ~20 s per run here) and a private PREFECT_HOME."""
    from prefect.settings import get_current_settings

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(tmp / "prefect_home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_LOGGING_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1", **extra})
    url = get_current_settings().api.url
    if url:
        env["PREFECT_API_URL"] = str(url)
    return env


def body_key(body: dict) -> str:
    return json.dumps(body, sort_keys=True)


SELF_INSTRUCT_KINDS = {"self_instruct_bootstrap": "bootstrap", "self_instruct_classify": "classify",
                       "self_instruct_input_first": "instances", "self_instruct_output_first": "instances"}


def chat_bodies(bodies: list[dict]) -> bool:
    """Every request was a chat request (the default mode) whose prompt `ChatResponder` knows."""
    return bool(bodies) and all("messages" in b and "prompt" not in b and recognise(b) for b in bodies)


def kind_of(body: dict) -> str:
    """The Self-Instruct stage a request belongs to, as `ChatResponder` recognises its prompt
    (chat messages or a raw prompt alike); "unknown" for a prompt it does not know."""
    kind = recognise(body)
    return SELF_INSTRUCT_KINDS.get(kind.name, kind.name) if kind is not None else "unknown"


class GatedResponder:
    """`ChatResponder`'s replies, recording each answered body; once `stop_when(kind,
    n_answered_of_kind)` holds, every later request blocks until `release()` (so the process can
    be killed with exactly the answered requests known)."""

    def __init__(self, stop_when=None) -> None:
        self.stop_when = stop_when
        self.answer = ChatResponder()
        self.answered: list[dict] = []
        self.reached = threading.Event()
        self._gate = threading.Event()
        self._gate.set()
        self._lock = threading.Lock()

    def __call__(self, body: dict) -> list[str]:
        with self._lock:
            kind = kind_of(body)
            if self.stop_when is not None and not self.reached.is_set() and \
                    self.stop_when(kind, sum(kind_of(b) == kind for b in self.answered)):
                self.reached.set()
                self._gate.clear()
        self._gate.wait(timeout=60)
        with self._lock:
            self.answered.append(body)
        return self.answer(body)

    def release(self) -> None:
        self.stop_when = None
        self._gate.set()


def run_cli(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([DATAGEN, *args], env=env, capture_output=True, text=True, timeout=timeout)
