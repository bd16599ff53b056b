"""Self-Instruct as the registry knows it (Wang et al., ACL 2023), with the Alpaca preset
(Taori et al. 2023: 3 seed demonstrations, 20 tasks per call, its 18-word blacklist)."""

from __future__ import annotations

from pathlib import Path

from datagen.methods.spec import MethodSpec, Option


def check_seeds(cfg) -> None:
    from datagen.run_options import resolve_path
    from datagen.seeds import load_seed_tasks

    load_seed_tasks(resolve_path(cfg.seeds))


SPEC = MethodSpec(
    name="self-instruct",
    summary="Self-Instruct (Wang et al., ACL 2023): bootstrap instructions from seeds, ROUGE-L novelty, "
            "classification-aware instance generation",
    config="datagen.methods.self_instruct.config:SelfInstructConfig",
    flow="flows.self_instruct_flow:self_instruct_flow",
    presets={"self-instruct": {},
             "alpaca": {"preset": "alpaca", "heuristics": {"blacklist": "alpaca"}}},
    options=(Option("--seeds", "seeds", Path, "seed tasks JSONL (Self-Instruct format)"),
             Option("--target", "target", int, "machine instructions to keep")),
    check=check_seeds,
)
