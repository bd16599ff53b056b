"""Ensemble-Instruct as the registry knows it (Lee et al., Findings of EMNLP 2023).

`--ensemble FILE` names the members, a YAML list of LLM configs (or a mapping with an
`ensemble:` list), first = the instance generator:

    - {backend: openai, base_url: http://127.0.0.1:8000/v1, model: falcon-40b, mode: completion}
    - {backend: openai, base_url: http://127.0.0.1:8001/v1, model: flan-t5-xxl}

Without --llm/--base-url/--model the first member writes the instructions too (as Falcon-40B
does in the paper). With neither, the run's model plays every member (a stand-in).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datagen.methods.spec import MethodSpec, Option


def read_members(path: Path) -> list[dict[str, Any]]:
    """The member list of an --ensemble file: a top-level list, or a mapping with `ensemble:`."""
    import yaml

    from datagen.errors import InputError

    if not path.is_file():
        raise InputError(path, "ensemble file not found", fix="check the path")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                         line=(mark.line + 1) if mark else None) from None
    if isinstance(data, dict):
        data = data.get("ensemble")
    if not isinstance(data, list) or not data or not all(isinstance(m, dict) for m in data):
        raise InputError(path, "expected a list of LLM configs, one per member",
                         fix="write `- {backend: openai, base_url: ..., model: ...}` per member, "
                         "the instance generator first")
    return data


def apply_members(data: dict[str, Any], path: Path) -> None:
    members = read_members(Path(path))
    data["ensemble"] = members
    data.setdefault("llm", dict(members[0]))  # the --llm flags, applied later, still win


def check(cfg) -> None:
    from datagen.methods.ensemble_instruct.config import check_seeds

    check_seeds(cfg)


def distinct_llms(cfg) -> list[Any]:
    from datagen.methods.ensemble_instruct.config import ensemble_members

    return list({(m.backend, m.model, m.base_url, m.api_key_env): m
                 for m in [cfg.llm, *ensemble_members(cfg)]}.values())


def notice(cfg) -> str | None:
    from datagen.methods.ensemble_instruct.config import ensemble_members, is_stand_in

    if is_stand_in(ensemble_members(cfg)):
        return ("ensemble: one model plays every member with different seeds and temperatures "
                "(a stand-in; pass --ensemble FILE to vote across different models)")
    return None


SPEC = MethodSpec(
    name="ensemble-instruct",
    summary="Ensemble-Instruct (Lee et al., EMNLP Findings 2023): type A/B ICL, outputs from several LMs, "
            "ROUGE-L consensus voting",
    config="datagen.methods.ensemble_instruct.config:EnsembleInstructConfig",
    flow="flows.ensemble_instruct_flow:ensemble_instruct_flow",
    presets={"ensemble-instruct": {},  # the repo's code: B = 6 seed + 4 machine demos, medoid vote
             "paper": {"instructions": {"icl_mix": "paper"}, "vote": {"rule": "paper"}},
             "legacy-vote": {"vote": {"rule": "legacy"}}},  # the vote that made the sample run
    options=(Option("--ensemble", "ensemble", Path, "YAML list of the ensemble members' LLM configs "
                    "(first = instance generator); default: the generator plays every member",
                    apply=apply_members),
             Option("--rule", "vote.rule", str, "vote rule: medoid (repo HEAD, default) | legacy | paper",
                    choices=("medoid", "legacy", "paper")),
             Option("--seeds", "seeds", Path, "seed tasks JSONL (Self-Instruct format)"),
             Option("--target", "target", int, "instructions to keep per task type")),
    check=check, llms=distinct_llms, notice=notice,
)
