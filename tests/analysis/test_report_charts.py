"""`write_run_report` and `datagen report` on fixed run folders: report sections, valid PNG charts,
ROUGE-L to the seeds, dialogue and InsTag charts, skipped charts, the saved method section."""

from __future__ import annotations

import builtins
import re

import pytest
from typer.testing import CliRunner

from datagen.analysis import report_charts
from datagen.analysis.charts import embed_images
from datagen.analysis.report_charts import load_run_data, max_rouge_to_seeds, write_run_report
from datagen.text.rouge import rouge_l_f
from tests.analysis.run_folder import MACHINE, SEEDS, dialogue_run, tag_run, task_run

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _spacy_available() -> bool:
    from datagen.analysis.verb_noun import ParserUnavailable, load_parser

    try:
        load_parser()
    except ParserUnavailable:
        return False
    return True


def funnel_rows(markdown: str) -> dict[str, dict[str, str]]:
    """The funnel table's rows by stage, as {column: cell}."""
    table = markdown.split("## Funnel by stage")[1].split("## Usage")[0]
    lines = [line.strip().strip("|").split(" | ") for line in table.splitlines() if line.startswith("| ")]
    header, rows = [c.strip() for c in lines[0]], lines[1:]
    return {row[0].strip(): dict(zip(header, (c.strip() for c in row))) for row in rows}


def assert_valid_png(path):
    from matplotlib.image import imread

    assert path.read_bytes()[:8] == PNG_SIGNATURE
    image = imread(path)
    assert image.ndim == 3 and image.shape[0] > 50 and image.shape[1] > 50


@pytest.mark.slow  # loads spaCy en_core_web_sm for the verb-noun chart
def test_task_run_report_has_every_section_and_valid_charts(tmp_path):
    pytest.importorskip("matplotlib")
    run = task_run(tmp_path / "run")
    report = write_run_report(run)

    names = sorted(p.name for p in report.charts)
    expected = ["lengths.png", "rouge_to_seeds.png"] + (["verb_noun.png"] if _spacy_available() else [])
    assert names == sorted(expected)
    assert sorted(p.name for p in (run / "charts").iterdir()) == names
    for path in report.charts:
        assert_valid_png(path)

    text = (run / "report.md").read_text()
    assert text == report.markdown
    sections = re.findall(r"^## (.+)$", text, flags=re.M)
    assert sections == ["Funnel by stage (all calls of a stage summed)", "Usage", "Figures", "Charts", "Files"]
    bootstrap = funnel_rows(text)["bootstrap"]
    assert {k: bootstrap[k] for k in ("calls", "in", "kept", "rejected", "top reasons", "LLM requests",
                                      "tokens", "seconds")} == {
        "calls": "2", "in": "7", "kept": "6", "rejected": "1", "top reasons": "parse_failed 1",
        "LLM requests": "3", "tokens": "200", "seconds": "1.5"}
    assert "- LLM requests: 3 (1 from cache), errors 1, retries 2" in text
    assert "- tokens: 150 prompt + 50 completion" in text and "- cost: $0.0020" in text
    assert "- machine rows in dataset: 5" in text  # summary.json's figures are kept
    for name in names:
        assert f"](charts/{name})" in text
    assert "| output (words) | 5 | 2 | 3 | 3.2 | 5 |" in text
    assert f"- charts: `{run / 'charts'}/`" in text
    if _spacy_available():
        assert "| write | 1 | poem 1 |" in text
        assert "- instructions with a root verb and a direct noun object: 5 of 5" in text


def test_max_rouge_to_seeds_equals_the_exact_pairwise_maximum():
    instructions = [m[0] for m in MACHINE]
    scores = max_rouge_to_seeds(instructions, SEEDS)
    assert scores == [max(rouge_l_f(s, i) for s in SEEDS) for i in instructions]
    assert scores[0] == pytest.approx(5 / 6)  # "write a poem about the" of 6 tokens each


def test_rouge_chart_uses_seeds_and_falls_back_to_stored_scores(tmp_path):
    pytest.importorskip("matplotlib")
    with_seeds = report_charts.rouge_chart(load_run_data(task_run(tmp_path / "a")))
    assert "against the 3 seed instructions" in with_seeds.caption and with_seeds.png[:8] == PNG_SIGNATURE
    stored = report_charts.rouge_chart(load_run_data(task_run(tmp_path / "b", with_seeds=False)))
    assert "stored by the novelty stage" in stored.caption
    assert stored.figures["max ROUGE-L to seeds (median, mean)"].startswith("0.500, 0.500 over 5")


def test_dialogue_run_charts_turns(tmp_path):
    pytest.importorskip("matplotlib")
    run = dialogue_run(tmp_path / "run")
    report = write_run_report(run)
    assert [p.name for p in report.charts] == ["dialogue_turns.png"]
    assert_valid_png(report.charts[0])
    assert "- mean turns per dialogue: 2.67" in report.markdown
    assert "| turns per dialogue | 3 | 2 | 3 | 2.67 | 3 |" in report.markdown


def test_instag_run_gets_the_tag_frequency_chart(tmp_path):
    pytest.importorskip("matplotlib")
    report = write_run_report(tag_run(tmp_path / "run"))
    assert "tag_frequency.png" in [p.name for p in report.charts]
    assert "](charts/tag_frequency.png)" in report.markdown


def test_missing_matplotlib_skips_charts_and_still_writes_the_report(tmp_path, monkeypatch):
    run = task_run(tmp_path / "run")
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    # rouge and lengths only: this test stays spaCy-free
    monkeypatch.setattr(report_charts, "CHARTS", {"rouge_to_seeds": report_charts.rouge_chart,
                                                  "lengths": report_charts.length_chart})
    report = write_run_report(run)
    assert report.charts == [] and not (run / "charts").exists()
    assert set(report.skipped) == {"rouge_to_seeds", "lengths"}
    assert "- lengths chart skipped: matplotlib is not installed" in report.markdown
    assert "| output (words) | 5 |" in report.markdown  # the text tables remain


def test_missing_spacy_skips_the_verb_noun_chart(tmp_path, monkeypatch):
    from datagen.analysis import verb_noun

    real_import = builtins.__import__

    def no_spacy(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    verb_noun.load_parser.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    monkeypatch.setattr(report_charts, "CHARTS", {"verb_noun": report_charts.verb_noun_chart})
    try:
        report = write_run_report(task_run(tmp_path / "run"))
    finally:
        verb_noun.load_parser.cache_clear()
    assert report.charts == []
    assert report.skipped == {"verb_noun": "spaCy is not installed (pip install 'datagen[nlp]')"}
    assert "- verb_noun chart skipped: spaCy is not installed" in report.markdown


def test_a_failing_chart_is_reported_not_raised(tmp_path, monkeypatch):
    def broken(data):
        raise ValueError("bad bins")

    monkeypatch.setattr(report_charts, "CHARTS", {"broken": broken})
    report = write_run_report(task_run(tmp_path / "run"))
    assert report.skipped == {"broken": "failed: ValueError: bad bins"}
    assert "- broken chart skipped: failed: ValueError: bad bins" in report.markdown


def test_an_unreadable_records_file_costs_the_charts_not_the_report(tmp_path):
    run = task_run(tmp_path / "run")
    (run / "records.jsonl").write_text("{not json\n", encoding="utf-8")
    report = write_run_report(run)
    assert report.charts == [] and "records.jsonl" in report.skipped["charts"]
    assert "## Funnel by stage" in report.markdown and "- charts skipped: the run folder could not" in report.markdown


def test_method_section_is_saved_and_reused_and_stale_charts_go(tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    monkeypatch.setattr(report_charts, "CHARTS", {"lengths": report_charts.length_chart})
    run = task_run(tmp_path / "run")
    (run / "charts").mkdir()
    (run / "charts" / "old.png").write_bytes(PNG_SIGNATURE)
    first = write_run_report(run, "## Vote (wins per member)\n\n| m1 | 3 |\n")
    again = write_run_report(run)
    assert again.markdown == first.markdown
    assert again.markdown.index("## Vote (wins per member)") < again.markdown.index("## Files")
    assert sorted(p.name for p in (run / "charts").iterdir()) == ["lengths.png"]


def test_embed_images_inlines_existing_charts_only(tmp_path):
    pytest.importorskip("matplotlib")
    run = task_run(tmp_path / "run")
    report = write_run_report(run)
    embedded = embed_images(report.markdown + "\n![gone](charts/missing.png)\n", run)
    assert "](charts/lengths.png)" not in embedded and "![Lengths of instructions, inputs and outputs]" \
        "(data:image/png;base64,iVBORw0KGgo" in embedded
    assert "![gone](charts/missing.png)" in embedded


def test_report_command_writes_report_and_charts(tmp_path):
    pytest.importorskip("matplotlib")
    import typer

    from datagen.cli.ops import register

    app = typer.Typer()
    register(app)
    run = task_run(tmp_path / "run")
    result = CliRunner().invoke(app, ["report", str(run)])  # a short summary, nothing rebuilt
    assert result.exit_code == 0, result.output
    assert "report: none yet" in result.stdout and not (run / "report.md").exists()
    result = CliRunner().invoke(app, ["report", str(run), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "## Charts" in (run / "report.md").read_text() and (run / "charts" / "lengths.png").is_file()
    assert "## Charts" not in result.stdout and f"report: {run / 'report.md'}" in result.stdout
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nope")])
    assert missing.exit_code != 0 and "no such run folder" in missing.output


@pytest.mark.skipif(not _spacy_available(), reason="spaCy's en_core_web_sm is not installed")
def test_verb_noun_chart_parses_the_smallest_sha1_sample_of_a_large_run(tmp_path):
    from datagen.analysis import stats
    from datagen.analysis.verb_noun import sha1_sample, verb_noun_pairs
    from datagen.report import markdown_table

    data = load_run_data(task_run(tmp_path))
    instructions = data.machine_instructions()
    n_all = len(instructions)
    sampled = report_charts.verb_noun_chart(data, max_parsed=n_all - 2)
    assert sampled.figures["verb-noun parse sample"] == \
        f"a sample of {n_all - 2} of {n_all} instructions (smallest SHA-1)"
    kept = sha1_sample(instructions, n_all - 2)  # its 5 instructions have 5 different root verbs
    assert sampled.table == markdown_table(stats.verb_noun_rows(stats.verb_noun_table(verb_noun_pairs(kept))))
    assert sampled.figures["distinct root verbs"] == n_all - 2
    full = report_charts.verb_noun_chart(data)
    assert "verb-noun parse sample" not in full.figures
    assert full.figures["instructions with a root verb"].endswith(f"of {n_all}")
