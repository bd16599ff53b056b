"""The InsTag flow end to end under the session Prefect harness, with scripted tagger replies."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.config import load_config
from datagen.errors import EmptyDataset, InputError
from datagen.llm.fake import register_responder
from datagen.methods.instag.sampling import complexity_first_diverse
from datagen.methods.instag.config import InstagConfig
from flows.instag_flow import instag_flow

# topic word in the query -> the tags the scripted tagger answers
TOPICS = {
    "poem": ["poem writing", "creative writing"],
    "python": ["Python", "code generation"],
    "sql": ["SQL queries", "Code-Generation"],
    "math": ["math", "arithmetic"],
    "email": ["email writing", "formal tone"],
}


def tagger(request) -> str:
    query = request.messages[-1].content.split("Query: ")[-1].removesuffix("\nAssistant:")
    if "garbage" in query:
        return "Sorry, I cannot tag this."
    number = int(query.split("#")[1].split()[0])
    tags = [t for word, ts in TOPICS.items() if word in query for t in ts]
    if number % 3 == 0:
        tags.append("step-by-step explanation")
    tags.append(f"rare tag {number}")  # used once: the frequency filter drops it
    body = ", ".join(json.dumps({"tag": t, "explanation": f"the query mentions {t}"}) for t in tags)
    return f"```json\n[{body}]\n```" if number % 4 == 0 else f"[{body}]"


def write_rows(path: Path) -> list[dict]:
    words = list(TOPICS)
    rows = []
    for i in range(24):
        topic = words[i % len(words)] + (" and math" if i % 7 == 0 else "")
        rows.append({"instruction": f"Request #{i} about {topic}", "input": "", "output": f"answer {i}",
                     "source": "test"})
    rows.append({"instruction": "Request #99 garbage", "input": "", "output": ""})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def config(tmp_path: Path, data: Path, model: str, *extra: str) -> InstagConfig:
    return load_config(InstagConfig, None, [
        f"input={data}", "llm.backend=fake", f"llm.model={model}", f"run.cache_path={tmp_path / 'cache.sqlite'}",
        "frequency.alpha=2", "association.min_support=3", "sampling.n=6", *extra])


@pytest.mark.slow  # loads spaCy en_core_web_sm and the bundled all-MiniLM-L6-v2
def test_instag_flow_on_alpaca_rows(tmp_path):
    calls = []

    def responder(request):
        calls.append(request)
        return tagger(request)

    register_responder("instag-flow-test", responder)
    data = tmp_path / "data.jsonl"
    rows = write_rows(data)
    out = tmp_path / "run"
    cfg = config(tmp_path, data, "instag-flow-test")
    asyncio.run(instag_flow(config=cfg, out_dir=str(out)))

    stats = {json.loads(p.read_text())["stage"]: json.loads(p.read_text()) for p in out.glob("*/stats.json")}
    assert list(stats) and all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats.values())
    assert [p.name for p in sorted(out.glob("[0-9]*_*"))] == [
        "000_load", "001_tag", "002_frequency", "003_rule", "004_semantic", "005_association",
        "006_cfd_sample", "007_random_sample"]
    assert stats["tag"]["rejected_by_reason"] == {"parse_failed": 1}
    assert stats["tag"]["llm_requests"] == 25 and stats["tag"]["extra"]["parsed_fenced"] == 6

    merges = [json.loads(line) for line in (out / "tag_merges.jsonl").read_text().splitlines()]
    pairs = {(m["step"], m["from"], m["to"]) for m in merges}
    assert ("frequency", "rare tag 5", None) in pairs
    assert ("rule", "Code-Generation", "code generation") in pairs and ("rule", "Python", "python") in pairs
    assert ("association", "math", "arithmetic") in pairs  # always together: one tag, two names
    # python always comes with code generation (sql queries also carry it): merged where python is
    assert {("association", "code generation", "python"), ("association", "code generation", "sql queries")} <= pairs
    # 11 topic tags + 24 one-off tags in; the one-off tags go
    assert stats["frequency"]["extra"]["tags_in"] == 35 and stats["frequency"]["extra"]["tags_out"] == 11

    vocab = json.loads((out / "tag_vocabulary.json").read_text())
    names = {t["tag"]: t for t in vocab["tags"]}
    assert "math" not in names and "arithmetic" in names and "Code-Generation" not in names
    assert names["sql queries"]["aliases"] == ["SQL queries"]
    # code generation always comes with python or sql queries: merged into them everywhere
    assert "code generation" not in names
    assert vocab["queries"] == 24

    tagged = [json.loads(line) for line in (out / "tagged.jsonl").read_text().splitlines()]
    selected = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    expected = complexity_first_diverse([t["meta"]["tags"] for t in tagged], 6)
    assert [s["id"] for s in selected] == [tagged[i]["id"] for i, _ in expected]
    subset = [json.loads(line) for line in (out / "subset.jsonl").read_text().splitlines()]
    assert subset == [rows[s["meta"]["source_line"] - 1] for s in selected]  # the input's own rows
    dataset = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert len(dataset) == 6 and set(dataset[0]) == {"instruction", "input", "output"}
    assert len((out / "random_subset.jsonl").read_text().splitlines()) == 6

    metrics = json.loads((out / "tag_metrics.json").read_text())
    by_name = {m["name"]: m for m in metrics["metrics"]}
    assert by_name["pool"]["diversity"] == 1.0
    assert by_name["Cf-D subset"]["complexity"] >= by_name["random subset"]["complexity"]
    assert metrics["curves"]["Cf-D"][-1][0] == 6
    assert (out / "tag_frequency.png").read_bytes()[:4] == b"\x89PNG"
    assert (out / "sampling_curve.png").is_file()
    report = (out / "report.md").read_text()
    assert "## InsTag" in report and "| Cf-D subset |" in report and "| association |" in report
    summary = json.loads((out / "summary.json").read_text())
    assert summary["flow"] == "instag" and summary["dataset_rows"] == 6

    # a rerun into the same folder resumes every stage and asks nothing again
    n_calls, subset_bytes = len(calls), (out / "subset.jsonl").read_bytes()
    asyncio.run(instag_flow(config=cfg, out_dir=str(out)))
    assert len(calls) == n_calls and (out / "subset.jsonl").read_bytes() == subset_bytes


def test_instag_flow_on_sharegpt_dialogues_warns_on_alpha(tmp_path):
    register_responder("instag-flow-dialogues", tagger)
    data = tmp_path / "chats.jsonl"
    chats = [{"conversations": [{"from": "human", "value": f"Question #{i} about poem"},
                                {"from": "gpt", "value": "..."},
                                {"from": "human", "value": f"Follow-up #{i + 100} about python"}]}
             for i in range(4)]
    data.write_text("".join(json.dumps(c) + "\n" for c in chats))
    out = tmp_path / "run"
    cfg = config(tmp_path, data, "instag-flow-dialogues", "frequency.alpha=20", "semantic.enabled=false",
                 "rules.lemmatize=false")
    with pytest.raises(EmptyDataset, match="0 rows"):  # an empty run is a failed run, with its report
        asyncio.run(instag_flow(config=cfg, out_dir=str(out)))
    tagged = [json.loads(line) for line in (out / "tagged.jsonl").read_text().splitlines()]
    assert all(len(t["meta"]["instag_parse"]) == 2 for t in tagged)  # one request per user turn
    assert all(t["meta"]["tags"] == [] for t in tagged)  # alpha 20 on 4 dialogues empties everything
    report = (out / "report.md").read_text()
    assert "warning: alpha=20 removed" in report
    dataset = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert dataset == []  # nothing has a tag left, so Cf-D selects nothing


def test_bad_input_names_the_line_and_writes_nothing(tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"instruction": "fine"}\n{"prompt": "no instruction here"}\n')
    out = tmp_path / "run"
    with pytest.raises(InputError, match=r"bad.jsonl, line 2: field 'instruction'"):
        asyncio.run(instag_flow(config=config(tmp_path, data, "instag-flow-test"), out_dir=str(out)))
    assert not out.exists()


def test_cli_runs_and_reports_bad_input_in_one_line(tmp_path):
    register_responder("instag-cli", tagger)
    data = tmp_path / "data.jsonl"
    write_rows(data)
    out = tmp_path / "run"
    runner = CliRunner()
    res = runner.invoke(app, ["run", "instag", "--input", str(data), "--n", "3", "--alpha", "2",
                              "--llm", "fake", "--model", "instag-cli", "--out", str(out),
                              "--set", "semantic.enabled=false", "--set", "rules.lemmatize=false",
                              "--set", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    assert f"Cf-D subset: {out / 'subset.jsonl'}" in res.output
    assert len((out / "subset.jsonl").read_text().splitlines()) == 3

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n')
    res = runner.invoke(app, ["run", "instag", "--input", str(bad), "--llm", "fake", "--out", str(tmp_path / "r2")])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "bad.jsonl, line 1: field 'instruction': no 'instruction' field" in " ".join(res.output.split())
    assert not (tmp_path / "r2").exists()
