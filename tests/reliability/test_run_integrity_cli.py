"""Issue 15 through the CLI as a user runs it (subprocesses): errors raised inside a flow are one
line on the console, not Prefect's traceback (item 8); the request cache never serves one
backend's answers to another (item 12); `--out` on a folder that is not a run is refused and its
files, hidden `*.tmp` ones included, are left alone (item 4)."""

from __future__ import annotations

from pathlib import Path

from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer
from tests.reliability.cli_harness import prefect_env, run_cli


def _si(out: Path, cache: Path, *extra: str) -> list[str]:
    return ["run", "self-instruct", "--out", str(out), "--target", "3", "--set", f"run.cache_path={cache}", *extra]


def _console_lines(res) -> list[str]:
    return [line for line in res.stderr.splitlines() if line.strip()]


def test_in_flow_errors_are_one_line_without_a_traceback(tmp_path):
    """A budget stop and the different-config refusal are raised inside the Prefect flow; Prefect
    logs the failed task and flow runs with their tracebacks unless the CLI silences them."""
    env, out, cache = prefect_env(tmp_path), tmp_path / "run", tmp_path / "cache.sqlite"
    stop = run_cli(_si(out, cache, "--llm", "fake", "--max-tokens", "10"), env)
    assert stop.returncode == 4, stop.stderr
    lines = _console_lines(stop)
    assert len(lines) == 1 and lines[0].startswith("error: token budget reached"), stop.stderr

    other = run_cli(_si(out, cache, "--llm", "fake", "--set", "novelty.threshold=0.5"), env)
    assert other.returncode == 2, other.stderr
    assert len(_console_lines(other)) == 1 and "different config" in other.stderr, other.stderr
    assert "Traceback" not in stop.stderr + other.stderr

    debug = run_cli(_si(out, cache, "--llm", "fake", "--set", "novelty.threshold=0.5", "--debug"), env)
    assert debug.returncode == 2 and "Traceback" in debug.stderr  # --debug still shows it


def test_cache_is_not_shared_across_backends(tmp_path):
    """`--llm fake` answers, cached, must not be served to `--llm openai` on a real server: same
    model name, same prompts, a different backend."""
    env, cache = prefect_env(tmp_path), tmp_path / "cache.sqlite"
    first = run_cli(_si(tmp_path / "a", cache, "--llm", "fake", "--model", "fake-chat"), env)
    assert first.returncode == 0, first.stderr
    with FakeOpenAIServer(responder=ChatResponder()) as server:
        second = run_cli(_si(tmp_path / "b", cache, "--base-url", server.base_url, "--model", "fake-chat"), env)
        assert second.returncode == 0, second.stderr
        assert server.count > 0, "every answer came from the fake backend's cache"


def test_out_on_a_folder_that_is_not_a_run_is_refused(tmp_path):
    """Refused before anything is written or cleaned: the user's files, a hidden temp file among
    them, are untouched and no run file appears."""
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.txt").write_text("keep")
    (folder / "sub" / ".draft.tmp").write_text("keep too")
    res = run_cli(_si(folder, tmp_path / "cache.sqlite", "--llm", "fake"), prefect_env(tmp_path))
    assert res.returncode == 2, res.stderr
    assert "is not a run folder" in res.stderr and len(_console_lines(res)) == 1, res.stderr
    assert sorted(p.name for p in folder.rglob("*")) == [".draft.tmp", "notes.txt", "sub"]


def test_method_input_errors_are_found_before_the_flow(tmp_path):
    """Item 8: explore-instruct's domain, SynDG's topics and InsTag's input are read before Prefect
    starts: one console line, exit 2, no run folder (inside the flow they came after Prefect's
    traceback, and after the run folder was made)."""
    env, out = prefect_env(tmp_path), tmp_path / "run"
    for method, flag in (("explore-instruct", "--domain"), ("syndg", "--topics"), ("instag", "--input")):
        res = run_cli(["run", method, "--llm", "fake", flag, str(tmp_path / "missing.json"), "--out", str(out)], env)
        lines = _console_lines(res)
        assert res.returncode == 2 and len(lines) == 1 and lines[0].startswith("error:"), (method, res.stderr)
        assert "missing.json" in lines[0] and not out.exists(), (method, res.stderr)
