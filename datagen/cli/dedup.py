"""`datagen dedup rouge|minhash IN.jsonl` and `datagen decontaminate IN.jsonl --against EVAL.jsonl`.

They read any JSONL (one object a line), take each object's text from `--field` (a key, or a
dotted path such as `instances.0.input`), keep input order and write `DIR/kept.jsonl` (the
objects unchanged) and `DIR/rejected.jsonl` (`{record, stage, reason, evidence}`), atomically.
Every input line is validated before anything is computed or written: a missing file, a line
that is not a JSON object or a missing field is one message naming file, line and field, exit 2.
An object's id is its `id` key when it has one, else `FILE:LINE`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Optional

import typer

from datagen.cli.common import DebugOpt, echo, run_guarded
from datagen.errors import InputError, UserError
from datagen.io import iter_jsonl, write_jsonl
from datagen.records import Rejected
from datagen.stage import Reject

app = typer.Typer(help="Remove near-duplicates from any JSONL file (ROUGE-L novelty or MinHash).",
                  no_args_is_help=True)

InputArg = typer.Argument(..., help="JSONL file, one object a line")
OutOpt = typer.Option(..., "--out", help="folder for kept.jsonl and rejected.jsonl")
FieldOpt = typer.Option("instruction", "--field", help="key or dotted path of the text")


def field_value(obj: Any, field: str) -> Any:
    """`obj[field]`, or a dotted path through dicts and lists (`instances.0.input`)."""
    node = obj
    for part in field.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def read_texts(path: Path, field: str) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """(objects, ids, texts) of a JSONL file; any bad line is an InputError naming it."""
    objects, ids, texts = [], [], []
    for line, obj in iter_jsonl(path):
        text = field_value(obj, field)
        if not isinstance(text, str):
            problem = "missing" if text is None else f"expected a string, got {type(text).__name__}"
            raise InputError(path, problem, line=line, field=field, fix="choose the text with --field")
        own = obj.get("id")
        objects.append(obj)
        ids.append(str(own) if isinstance(own, (str, int)) and not isinstance(own, bool) else f"{path.name}:{line}")
        texts.append(text)
    return objects, ids, texts


def write_outputs(out: Path, stage: str, objects: list[dict[str, Any]],
                  verdicts: list[Reject | None]) -> None:
    kept = [obj for obj, v in zip(objects, verdicts) if v is None]
    rejected = [Rejected(record=obj, stage=stage, reason=v.reason, evidence=v.evidence)
                for obj, v in zip(objects, verdicts) if v is not None]
    write_jsonl(out / "kept.jsonl", kept)
    write_jsonl(out / "rejected.jsonl", rejected)
    reasons = Counter(r.reason for r in rejected)
    detail = "".join(f", {n} {reason}" for reason, n in sorted(reasons.items()))
    echo(f"{len(objects)} in, {len(kept)} kept, {len(rejected)} rejected{detail} -> {out}")


def check_share(flag: str, value: float) -> None:
    """Similarities and overlap shares lie in [0, 1]: 1.5 would keep everything, -1 reject everything."""
    if not 0.0 <= value <= 1.0:
        raise UserError(f"{flag} {value:g} is out of range: give a value between 0 and 1")


@app.command("rouge")
def rouge_command(
    input: Path = InputArg,
    out: Path = OutOpt,
    field: str = FieldOpt,
    threshold: float = typer.Option(0.7, "--threshold", help="reject if max ROUGE-L F > this (Self-Instruct: 0.7)"),
    pool: Optional[list[Path]] = typer.Option(None, "--pool", help="JSONL already accepted (e.g. seeds), same --field; repeatable"),
    tokenizer: str = typer.Option("rouge", "--tokenizer", help="rouge (rouge_score's) | unicode (non-Latin text)"),
    stemmer: bool = typer.Option(False, "--stemmer", help="Porter-stem tokens as rouge_score's use_stemmer"),
    top_k: int = typer.Option(10, "--top-k", help="most similar entries stored in evidence (0: max only, faster)"),
    workers: int = typer.Option(0, "--workers", help="LCS threads (0: one, -1: all cores)"),
    debug: bool = DebugOpt,
) -> None:
    """Self-Instruct's ROUGE-L novelty filter: keep a line unless it is too similar to the pool or an earlier kept line."""
    from datagen.filters.novelty import NoveltyConfig, novelty_verdicts
    from datagen.text.novelty_index import NoveltyIndex

    def main() -> None:
        check_share("--threshold", threshold)
        if tokenizer not in ("rouge", "unicode"):
            raise InputError("--tokenizer", f"unknown tokenizer {tokenizer!r}", fix="use rouge or unicode")
        objects, ids, texts = read_texts(input, field)
        pools = [read_texts(p, field) for p in pool or []]
        cfg = NoveltyConfig(threshold=threshold, top_k=max(top_k, 0), field=field,
                            tokenizer=tokenizer, use_stemmer=stemmer)  # type: ignore[arg-type]
        index = NoveltyIndex(tokenizer=cfg.tokenizer, use_stemmer=stemmer, workers=workers)
        for _, pool_ids, pool_texts in pools:
            index.add_many(pool_texts, pool_ids)
        verdicts = [v for _, v in novelty_verdicts(texts, ids, cfg, index)]
        write_outputs(out, "novelty", objects, verdicts)

    run_guarded(main, debug)


@app.command("minhash")
def minhash_command(
    input: Path = InputArg,
    out: Path = OutOpt,
    field: str = FieldOpt,
    threshold: float = typer.Option(0.8, "--threshold", help="Jaccard threshold of the LSH (Lee et al. 2022: 0.8)"),
    num_perm: int = typer.Option(128, "--num-perm", help="MinHash permutations"),
    shingle: str = typer.Option("word", "--shingle", help="word | char"),
    ngram: int = typer.Option(5, "--ngram", help="shingle size (words or characters)"),
    exact_check: bool = typer.Option(False, "--exact-check", help="confirm candidates with the exact Jaccard"),
    debug: bool = DebugOpt,
) -> None:
    """MinHash-LSH near-duplicate removal: keep the first of each group of near-duplicates."""
    from datagen.filters.dedup import MinHashConfig, minhash_verdicts, new_minhash_index

    def main() -> None:
        if shingle not in ("word", "char"):
            raise InputError("--shingle", f"unknown shingle kind {shingle!r}", fix="use word or char")
        if not 0.0 <= threshold <= 1.0 or num_perm < 2 or ngram < 1:
            raise InputError("options", "need 0 <= --threshold <= 1, --num-perm >= 2 and --ngram >= 1")
        objects, ids, texts = read_texts(input, field)
        cfg = MinHashConfig(threshold=threshold, num_perm=num_perm, shingle=shingle,  # type: ignore[arg-type]
                            ngram=ngram, field=field, exact_check=exact_check)
        verdicts = [v for _, v in minhash_verdicts(texts, ids, cfg, new_minhash_index(cfg))]
        write_outputs(out, "minhash_dedup", objects, verdicts)

    run_guarded(main, debug)


def decontaminate_command(
    input: Path = InputArg,
    against: list[Path] = typer.Option(..., "--against", help="eval JSONL to protect; repeatable"),
    out: Path = OutOpt,
    field: str = typer.Option("instruction", "--field", help="key or dotted path of the text to check"),
    eval_field: Optional[str] = typer.Option(None, "--eval-field", help="eval items' text key (default: found automatically)"),
    ngram: int = typer.Option(13, "--ngram", help="n-gram size (GPT-3: 13)"),
    overlap_threshold: float = typer.Option(0.0, "--overlap-threshold", help="share of n-grams above which a line is contaminated (0: any)"),
    rouge_threshold: float = typer.Option(0.7, "--rouge-threshold", help="ROUGE-L F against eval prompts above which a line is contaminated"),
    no_rouge: bool = typer.Option(False, "--no-rouge", help="skip the ROUGE-L check"),
    debug: bool = DebugOpt,
) -> None:
    """Drop lines that share n-grams with, or paraphrase, an evaluation set."""
    from datagen.filters.decontaminate import DecontamConfig, EvalSet

    def main() -> None:
        if ngram < 1:
            raise InputError("--ngram", "must be >= 1")
        check_share("--overlap-threshold", overlap_threshold)
        if not no_rouge:
            check_share("--rouge-threshold", rouge_threshold)
        objects, _, texts = read_texts(input, field)
        cfg = DecontamConfig(ngram=ngram, overlap_threshold=overlap_threshold, field=field, rouge_field=field,
                             rouge_threshold=None if no_rouge else rouge_threshold, eval_field=eval_field)
        evalset = EvalSet.from_files(against, cfg)
        verdicts = [v for _, v in evalset.verdicts(texts, texts)]
        write_outputs(out, "decontaminate", objects, verdicts)

    run_guarded(main, debug)


def register(main_app: typer.Typer) -> None:
    """Mount under the main CLI: `datagen dedup ...` and `datagen decontaminate`."""
    main_app.add_typer(app, name="dedup")
    main_app.command("decontaminate")(decontaminate_command)
