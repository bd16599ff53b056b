"""A tiny Chrome DevTools Protocol driver for Debian's headless chromium (no Selenium needed).

Prefect's UI is a Vue single-page app: a flow run's Artifacts tab only exists once the run is
loaded, so the test navigates, waits for text, clicks a tab by its label and reads the rendered
page text, then saves a screenshot. Uses the `websockets` package Prefect already depends on.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import subprocess
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import websockets

from tests.ops.prefect_server import stop

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1440,1100",
         "--remote-debugging-port=0", "--remote-allow-origins=*"]


def find_chromium() -> str | None:
    return next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)


class Page:
    """One browser tab, driven over its DevTools websocket."""

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._ids = itertools.count(1)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self._ids)
        await self._ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:  # events arrive in between; only our answer matters
            reply = json.loads(await self._ws.recv())
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    async def goto(self, url: str) -> None:
        await self.call("Page.navigate", url=url)

    async def text(self) -> str:
        return await self.evaluate("document.body ? document.body.innerText : ''") or ""

    async def wait_for_text(self, needles: list[str], timeout: float = 60.0) -> str:
        """Poll the rendered text until every needle shows; return it (or raise with what showed)."""
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = await self.text()
            if all(n in text for n in needles):
                return text
            await asyncio.sleep(0.5)
        missing = [n for n in needles if n not in text]
        raise AssertionError(f"page never showed {missing}; it showed:\n{text[:3000]}")

    async def _on_element(self, label: str, action: str) -> bool:
        script = f"""(() => {{
            const want = {json.dumps(label)};
            // the innermost element showing exactly this text (a click bubbles up to its handler)
            const hits = [...document.body.querySelectorAll('*')].filter(
                n => n.innerText && n.innerText.trim().toLowerCase() === want.toLowerCase());
            const hit = hits[hits.length - 1];
            if (!hit) return false;
            {action};
            return true;
        }})()"""
        return bool(await self.evaluate(script))

    async def click(self, label: str) -> bool:
        """Click the element that shows exactly `label` (case-insensitive: CSS may transform it)."""
        return await self._on_element(label, "hit.click()")

    async def scroll_to(self, label: str) -> bool:
        """Scroll the element that shows exactly `label` to the top of the view."""
        return await self._on_element(label, "hit.scrollIntoView({block: 'start'})")

    async def screenshot(self, path: Path) -> None:
        shot = await self.call("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


@asynccontextmanager
async def headless_page(binary: str, profile: Path, log: Path, timeout: float = 60.0) -> AsyncIterator[Page]:
    """Start headless chromium with a throwaway profile; yield its first tab; stop it after."""
    profile.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.is_file() or not port_file.read_text().strip():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chromium did not start ({proc.poll()}):\n{log.read_text()[-2000:]}")
            await asyncio.sleep(0.2)
        port = int(port_file.read_text().split()[0])
        targets = httpx.get(f"http://127.0.0.1:{port}/json", timeout=10).json()
        page = next(t for t in targets if t.get("type") == "page")
        async with websockets.connect(page["webSocketDebuggerUrl"], max_size=None) as ws:
            yield Page(ws)
    finally:
        stop(proc, grace=10)
