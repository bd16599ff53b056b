"""Prefect's temporary (ephemeral) API server, tied to the `datagen` process that started it.

When no PREFECT_API_URL is set, Prefect starts a uvicorn subprocess on first use and stops it
from an `atexit` hook. `kill -9` of the CLI skips that hook, so the server (~230 MB) used to
outlive the run forever. Options weighed:

- Linux PR_SET_PDEATHSIG in the child: Linux-only, and it fires when the *thread* that forked
  the child ends, not the process; Prefect may start the server from a short-lived worker
  thread, which would kill the server in the middle of a healthy run.
- datagen starting and owning the server itself: duplicates Prefect's port choice, retry on a
  taken port, start-up wait and settings hand-over.
- chosen: the server process watches its parent. Prefect still starts it, but through
  `python -m datagen.prefect_server PARENT_PID <uvicorn args>`, which starts a daemon thread
  that polls `os.getppid()` and, once the parent is gone (the child is re-parented), stops
  uvicorn with SIGTERM (a clean shutdown) and exits hard if that stalls. `getppid` changes on
  any POSIX system whatever killed the parent, with no thread caveat. Elsewhere (Windows) the
  wrapper runs uvicorn without the watchdog, i.e. Prefect's old behaviour.

The hook into Prefect is the `subprocess` name its server module uses to start uvicorn; if the
command line is not the expected `[python, -m, uvicorn, ...]` (a future Prefect), the
command is left alone: the run works, only the watchdog is missing (tests/reliability catch it).

`STARTUP_TIMEOUT_S` replaces Prefect's 20 s start-up wait (see `datagen.cli.common.prefect_defaults`):
on a loaded 2-core machine the first start (database migrations) took longer and the run
failed. A server that dies while starting is still reported at once by Prefect only for a taken
port; any other early death costs up to this wait, which is the price of a generous value.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

STARTUP_TIMEOUT_S = 180
POLL_S = 0.5
GRACE_S = 10.0

_installed = False


def wrap_command(args: list[str], parent_pid: int) -> list[str]:
    """Prefect's uvicorn command line, run through this module's watchdog wrapper."""
    if len(args) >= 3 and args[1:3] == ["-m", "uvicorn"]:
        return [args[0], "-m", "datagen.prefect_server", str(parent_pid), *args[3:]]
    return args


def tie_to_this_process() -> None:
    """Make every ephemeral server Prefect starts from now on in this process exit with it.
    Idempotent; does nothing when runs go to a server named by PREFECT_API_URL."""
    global _installed
    if _installed or os.environ.get("PREFECT_API_URL"):
        return
    from prefect.server.api import server as prefect_server

    # Prefect's server module reads `subprocess.Popen` through its module global; it gets the
    # real module with only Popen rewritten, and only for a `-m uvicorn` command line.
    prefect_server.subprocess = _SubprocessShim()  # type: ignore[assignment]
    _installed = True


class _SubprocessShim:
    """The `subprocess` module, whose Popen runs uvicorn through this module's wrapper."""

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)

    class Popen(subprocess.Popen):  # a subclass, so `Popen[...]` and isinstance still work
        def __init__(self, args: Any, *a: Any, **kw: Any) -> None:
            if isinstance(args, (list, tuple)):
                args = wrap_command([str(x) for x in args], os.getpid())
            super().__init__(args, *a, **kw)


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_S)
    os.kill(os.getpid(), signal.SIGTERM)  # uvicorn shuts down cleanly on SIGTERM
    time.sleep(GRACE_S)
    os._exit(1)


def main(argv: list[str]) -> None:
    """`python -m datagen.prefect_server PARENT_PID <uvicorn args>`: uvicorn in this process,
    with a watchdog thread that ends it when PARENT_PID is no longer its parent."""
    parent_pid, uvicorn_args = int(argv[0]), argv[1:]
    if os.name == "posix":
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True,
                         name="datagen-parent-watchdog").start()
    from uvicorn.main import main as uvicorn_main

    uvicorn_main(args=uvicorn_args, prog_name="uvicorn")  # exits with uvicorn's status (3: port taken)


if __name__ == "__main__":
    main(sys.argv[1:])
