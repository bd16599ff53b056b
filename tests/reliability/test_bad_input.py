"""Bad input through the CLI, table-driven: each case gives one clear message (asserted on its
text), a non-zero exit, no traceback (without --debug) and nothing partial behind: no run folder
when the problem is known before the run starts, and never a dataset.jsonl or a temporary file."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan

runner = CliRunner()
SEED = {"id": "s1", "name": "a", "instruction": "Say hi.", "instances": [{"input": "", "output": "hi"}],
        "is_classification": False}
KEY_ENV = "DATAGEN_BAD_INPUT_KEY"


@dataclass
class Env:
    tmp: Path
    server: FakeOpenAIServer

    @property
    def out(self) -> Path:
        return self.tmp / "run"

    def seeds(self, content: bytes | str) -> str:
        path = self.tmp / "seeds.jsonl"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        return str(path)

    def file(self, name: str, text: str) -> str:
        path = self.tmp / name
        path.write_text(text)
        return str(path)

    def si(self, *extra: str, llm: tuple[str, ...] = ("--llm", "fake")) -> list[str]:
        return ["run", "self-instruct", *llm, "--out", str(self.out),
                "--set", f"run.cache_path={self.tmp / 'cache.sqlite'}", *extra]

    def endpoint(self, model: str = "fake") -> tuple[str, ...]:
        return ("--base-url", self.server.base_url, "--model", model,
                "--set", f"llm.api_key_env={KEY_ENV}", "--set", "llm.max_retries=0")


@dataclass
class Case:
    args: Callable[[Env], list[str]]
    code: int
    message: str
    run_folder_may_exist: bool = False  # the problem only shows once the flow runs
    key: str = "right-key-0000"
    setup: Callable[[Env], None] = field(default=lambda env: None)


def _file_in_the_way(env: Env) -> list[str]:
    (env.tmp / "afile").write_text("x")
    return ["run", "self-instruct", "--llm", "fake", "--out", str(env.tmp / "afile" / "run")]


def _run_folder(env: Env, records: str | None = None) -> Path:
    """A finished run's folder as `datagen export` sees it: records.jsonl and config.yaml."""
    run = env.tmp / "done"
    run.mkdir(exist_ok=True)
    task = {"id": "t1", "method": "self-instruct", "kind": "task", "instruction": "Say hi.",
            "instances": [{"input": "", "output": "hi"}]}
    (run / "records.jsonl").write_text(records if records is not None else json.dumps(task) + "\n")
    (run / "config.yaml").write_text("target: 1\n")
    return run


def _export_over(name: str):
    """`datagen export RUN --out RUN/<name>`: the run's own file must survive untouched."""
    return lambda e: ["export", str(_run_folder(e)), "--format", "alpaca", "--out", str(e.tmp / "done" / name)]


def _explore(domain: str | bytes, name: str = "root.json"):
    def args(e: Env) -> list[str]:
        path = e.tmp / name
        path.write_bytes(domain if isinstance(domain, bytes) else domain.encode())
        return ["run", "explore-instruct", "--llm", "fake", "--domain", str(path), "--out", str(e.out)]
    return args


def _not_a_run(env: Env) -> list[str]:
    env.out.mkdir()
    (env.out / "notes.txt").write_text("mine")
    return env.si()


# A seed file whose second line holds one Latin-1 byte: the message names line 2 and the byte's
# offset in the file (line 1 is LINE1 bytes long, then `{"instruction": "caf` is 20 bytes).
LINE1 = json.dumps(SEED) + "\n"
LATIN1 = LINE1.encode() + '{"instruction": "caf\xe9"}\n'.encode("latin-1")

CASES: dict[str, Case] = {
    "empty_seed_file": Case(lambda e: e.si("--seeds", e.seeds("")), 2, "no seed tasks in the file"),
    "seed_not_json": Case(lambda e: e.si("--seeds", e.seeds(json.dumps(SEED) + "\n{oops\n")), 2,
                          "seeds.jsonl, line 2: not valid JSON"),
    "seed_wrong_encoding": Case(lambda e: e.si("--seeds", e.seeds('{"instruction": "caf\xe9"}\n'.encode("latin-1"))),
                                2, "not UTF-8 text"),
    "seed_without_instruction": Case(lambda e: e.si("--seeds", e.seeds('{"id": "x", "instances": []}\n')), 2,
                                     "line 1: field 'instruction'"),
    "seed_file_missing": Case(lambda e: e.si("--seeds", str(e.tmp / "nope.jsonl")), 2, "nope.jsonl: file not found"),
    "unknown_config_key": Case(lambda e: e.si("--set", "novelty.treshold=0.5"), 2, "unknown key 'novelty.treshold'"),
    "wrong_type": Case(lambda e: e.si("--set", "novelty.threshold=high"), 2, "novelty.threshold: input should be a valid number"),
    "negative_target": Case(lambda e: e.si("--target", "-5"), 2, "target: input should be greater than 0"),
    "negative_max_cost": Case(lambda e: e.si("--max-cost", "-1"), 2, "run.max_cost_usd: input should be greater than or equal to 0"),
    "max_cost_without_price": Case(lambda e: e.si("--max-cost", "1"), 2, "--max-cost needs a price for model"),
    "bad_set_syntax": Case(lambda e: e.si("--set", "novelty.threshold"), 2, "expected key=value"),
    "missing_config_file": Case(lambda e: e.si("--config", str(e.tmp / "none.yaml")), 2, "none.yaml: config file not found"),
    "malformed_yaml": Case(lambda e: e.si("--config", e.file("bad.yaml", "target: [1, 2\n")), 2, "not valid YAML"),
    "yaml_not_mapping": Case(lambda e: e.si("--config", e.file("list.yaml", "- 1\n- 2\n")), 2,
                             "expected a mapping of config keys"),
    "unknown_preset": Case(lambda e: e.si("--preset", "gpt5"), 2, "--preset 'gpt5' is not known"),
    "missing_endpoint": Case(lambda e: e.si(llm=("--llm", "openai", "--model", "m")), 2,
                             "the openai backend needs an endpoint; pass --base-url"),
    "unreachable_endpoint": Case(lambda e: e.si(llm=("--base-url", "http://127.0.0.1:9/v1", "--model", "m")), 3,
                                 "cannot reach http://127.0.0.1:9/v1"),
    "unknown_model": Case(lambda e: e.si(llm=e.endpoint("gpt-9")), 3, "model 'gpt-9' is not served by"),
    "wrong_api_key": Case(lambda e: e.si(llm=e.endpoint()), 3, "rejected the API key",
                          run_folder_may_exist=True, key="wrong-key-1111"),
    "missing_local_model": Case(lambda e: e.si(llm=("--llm", "local", "--model", str(e.tmp / "no-model.gguf"))),
                                3, "no-model.gguf"),
    "out_under_a_file": Case(_file_in_the_way, 2, "is a file, not a folder"),
    "out_is_a_file": Case(lambda e: ["run", "self-instruct", "--llm", "fake", "--out", e.file("f.txt", "x")], 2,
                          "is a file, not a folder"),
    "export_non_run_folder": Case(lambda e: ["export", str(e.tmp)], 2, "is not a finished run folder"),
    "export_bad_format": Case(lambda e: ["export", str(e.tmp), "--format", "csv"], 2, "--format 'csv' is not known"),
    "report_missing_folder": Case(lambda e: ["report", str(e.tmp / "nowhere")], 2, "no such run folder"),
    "ensemble_bad_seed": Case(lambda e: ["run", "ensemble-instruct", "--llm", "fake", "--out", str(e.out),
                                         "--seeds", e.seeds("{bad\n")], 2, "line 1: not valid JSON"),
    "ensemble_unknown_model": Case(lambda e: ["run", "ensemble-instruct", *e.endpoint("gpt-9"), "--out", str(e.out)],
                                   3, "model 'gpt-9' is not served by"),
    "explore_unreachable": Case(lambda e: ["run", "explore-instruct", "--base-url", "http://127.0.0.1:9/v1",
                                           "--model", "m", "--out", str(e.out)], 3, "cannot reach"),
    "syndg_unknown_key": Case(lambda e: ["run", "syndg", "--llm", "fake", "--set", "nope=1", "--out", str(e.out)],
                              2, "unknown key 'nope'"),
    # issue 15 item 4: an existing folder that is neither empty nor a run is refused before any write
    "out_not_a_run_folder": Case(_not_a_run, 2, "already holds files and is not a run folder",
                                 run_folder_may_exist=True),
    # item 3: export never replaces the run's own files
    "export_over_records": Case(_export_over("records.jsonl"), 2, "would overwrite the run's own files"),
    "export_over_config": Case(_export_over("config.yaml"), 2, "would overwrite the run's own files"),
    "export_into_stage_folder": Case(_export_over("000_seeds/kept.jsonl"), 2, "would overwrite the run's own files"),
    # item 13: export errors name the user's path, never a temp file or pydantic's raw text
    "export_out_is_a_folder": Case(lambda e: ["export", str(_run_folder(e)), "--out", str(e.tmp)], 2,
                                   "is a folder, not a file"),
    "export_damaged_records": Case(lambda e: ["export", str(_run_folder(e, '{"id": "x", "kind": "task"}\n'))],
                                   2, "records.jsonl, line 1: field 'method': field required"),
    # item 7: a base URL without /v1 is named as the likely mistake by preflight
    "base_url_without_v1": Case(lambda e: e.si(llm=("--base-url", e.server.base_url.removesuffix("/v1"),
                                                    "--model", "fake", "--set", f"llm.api_key_env={KEY_ENV}")),
                                3, "the base URL probably lacks /v1"),
    # item 8: each method's input files are read before the flow starts (no run folder)
    "explore_missing_domain": Case(lambda e: ["run", "explore-instruct", "--llm", "fake", "--domain",
                                              str(e.tmp / "nope.json"), "--out", str(e.out)], 2,
                                   "is not rewriting, brainstorming or math"),
    "explore_bad_json": Case(_explore('{"raw_task_name": "Rewriting", \n'), 2, "root.json, line 2: not valid JSON"),
    "syndg_missing_topics": Case(lambda e: ["run", "syndg", "--llm", "fake", "--topics", str(e.tmp / "none.jsonl"),
                                            "--out", str(e.out)], 2, "none.jsonl: file not found"),
    "syndg_one_persona": Case(lambda e: ["run", "syndg", "--llm", "fake", "--knowledge", "persona", "--personas",
                                         e.file("p.jsonl", '{"persona": "I like tea."}\n'), "--out", str(e.out)],
                              2, "needs at least 2 personas"),
    "instag_bad_input": Case(lambda e: ["run", "instag", "--llm", "fake", "--input", e.seeds("{bad\n"),
                                        "--out", str(e.out)], 2, "seeds.jsonl, line 1: not valid JSON"),
    # item 11: out-of-range values
    "novelty_threshold_above_1": Case(lambda e: e.si("--set", "novelty.threshold=1.5"), 2,
                                      "novelty.threshold: input should be less than or equal to 1"),
    "novelty_threshold_negative": Case(lambda e: e.si("--set", "novelty.threshold=-0.3"), 2,
                                       "novelty.threshold: input should be greater than or equal to 0"),
    "negative_max_tokens": Case(lambda e: e.si("--set", "bootstrap.max_tokens=-5"), 2,
                                "bootstrap.max_tokens: input should be greater than or equal to 1"),
    "absurd_max_tokens": Case(lambda e: e.si("--set", "instances.max_tokens_gen=100000000000"), 2,
                              "instances.max_tokens_gen: input should be less than or equal to 1000000"),
    "syndg_negative_max_tokens": Case(lambda e: ["run", "syndg", "--llm", "fake", "--set", "score.judge.max_tokens=-1",
                                                 "--out", str(e.out)], 2, "input should be greater than or equal to 1"),
    "explore_root_without_examples": Case(_explore('{"raw_task_name": "Rewriting", "reason": "r"}'), 2,
                                          "the root task has no examples"),
    "dedup_rouge_threshold": Case(lambda e: ["dedup", "rouge", e.seeds(LINE1), "--out", str(e.out),
                                             "--threshold", "1.5"], 2, "--threshold 1.5 is out of range"),
    "decontaminate_rouge_5": Case(lambda e: ["decontaminate", e.seeds(LINE1), "--against", e.seeds(LINE1),
                                             "--out", str(e.out), "--rouge-threshold", "5"], 2,
                                  "--rouge-threshold 5 is out of range"),
    "decontaminate_overlap_negative": Case(lambda e: ["decontaminate", e.seeds(LINE1), "--against", e.seeds(LINE1),
                                                      "--out", str(e.out), "--overlap-threshold", "-1"], 2,
                                           "--overlap-threshold -1 is out of range"),
    # item 13: messages
    "seed_non_utf8_line": Case(lambda e: e.si("--seeds", e.seeds(LATIN1)), 2,
                               f"seeds.jsonl, line 2: not UTF-8 text (byte 0xe9 at byte offset {len(LINE1.encode()) + 20}"),
    "seed_json_column": Case(lambda e: e.si("--seeds", e.seeds('{"instruction": "abc\n')), 2,
                             "line 1: not valid JSON (Invalid control character, column 21)"),
    "seed_file_is_a_folder": Case(lambda e: e.si("--seeds", str(e.tmp)), 2, "is a folder, not a file"),
    "explore_binary_domain": Case(_explore(b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "root.png"), 2,
                                  "root.png, line 1: not UTF-8 text"),
    "instag_input_is_a_folder": Case(lambda e: ["run", "instag", "--llm", "fake", "--input", str(e.tmp),
                                                "--out", str(e.out)], 2, "is a folder, not a file"),
    "instag_unknown_model": Case(lambda e: ["run", "instag", *e.endpoint("gpt-9"), "--out", str(e.out)], 3,
                                 "model 'gpt-9' is not served by"),
}


@pytest.fixture(scope="module")
def server():
    plan = FaultPlan(required_api_key="right-key-0000", known_models=frozenset({"fake"}))
    with FakeOpenAIServer(responder=ChatResponder(), faults=plan) as srv:
        yield srv


def _no_partial_output(env: Env, case: Case) -> None:
    done = env.tmp / "done"
    if done.is_dir():  # an export refused: the run's own files are as they were
        assert (done / "records.jsonl").read_text().startswith('{"id": ')
        assert (done / "config.yaml").read_text() == "target: 1\n"
        assert not (done / "000_seeds").exists()
    for root in (env.out, env.tmp / "afile"):
        if root.is_dir():
            assert case.run_folder_may_exist, f"{root} was created"
            assert not list(root.rglob("dataset.jsonl")) and not list(root.rglob("*.tmp"))


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_clear_line(name, tmp_path, server, monkeypatch):
    case = CASES[name]
    env = Env(tmp_path, server)
    monkeypatch.setenv(KEY_ENV, case.key)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    case.setup(env)
    res = runner.invoke(app, case.args(env))
    assert res.exit_code == case.code, res.output
    assert case.message in res.output, res.output
    assert "Traceback" not in res.output and "internal error" not in res.output
    assert "at at" not in res.output and "validation error" not in res.output and ".tmp" not in res.output
    lines = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, res.output
    assert case.key not in res.output
    _no_partial_output(env, case)


def test_debug_shows_the_traceback(tmp_path, server):
    res = runner.invoke(app, Env(tmp_path, server).si("--set", "novelty.treshold=0.5", "--debug"))
    assert res.exit_code == 2 and "Traceback" in res.output


def _mount_tmpfs(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@pytest.mark.parametrize("kind", ["read_only", "full_disk"])
def test_unwritable_and_full_disk(kind, tmp_path):
    """A read-only folder (refused before the run) and a 64 KiB disk (fails mid-run): one line,
    exit 2, no dataset.jsonl and no temporary file left; finished stages stay valid."""
    mount = tmp_path / "mnt"
    if not _mount_tmpfs(mount, "ro,size=64k" if kind == "read_only" else "size=64k"):
        pytest.skip("mount -t tmpfs is not permitted here: cannot simulate a read-only or full disk")
    try:
        if kind == "full_disk":
            (mount / "filler").write_bytes(b"\0" * 40_000)
        out = mount / "run"
        res = runner.invoke(app, ["run", "self-instruct", "--llm", "fake", "--target", "30", "--out", str(out),
                                  "--set", f"run.cache_path={tmp_path / 'cache.sqlite'}",
                                  "--set", "bootstrap.prompts_per_round=20"])
        assert res.exit_code == 2, res.output
        expected = "is not writable" if kind == "read_only" else "no space left on the device"
        assert expected in res.output and "Traceback" not in res.output, res.output
        assert not list(mount.rglob("dataset.jsonl")) and not list(mount.rglob("*.tmp"))
        for path in mount.rglob("*.jsonl"):
            for line in path.read_text().splitlines():
                json.loads(line)
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
