"""Run the fake OpenAI-compatible server from flags: `datagen fake-server` and
`python -m datagen.llm.fake_server` both end here.

`--fail-rate R` spreads R evenly over the fault kinds in `--faults` (default: 429, 500, reset,
malformed, empty_choices); `--faults` also still takes a whole `FaultPlan` as JSON, as before.
Answers come from `fake_replies.ChatResponder` (realistic chat replies for every method's prompts).
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any, Sequence

from datagen.errors import UserError
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan

DEFAULT_FAULTS = ("429", "500", "reset", "malformed", "empty_choices")
RATE_FIELDS = {"429": "rate_429", "500": "rate_500", "reset": "rate_reset", "timeout": "rate_timeout",
               "malformed": "rate_malformed", "empty_choices": "rate_empty_choices", "length": "rate_length"}


def fault_plan(*, fail_rate: float = 0.0, faults: str | None = None, latency: float = 0.0,
               max_concurrency: int | None = None, api_key: str | None = None, seed: int = 0,
               models: Sequence[str] | None = None) -> FaultPlan:
    """The `FaultPlan` the flags describe; a bad value is a one-line `UserError`."""
    plan: dict[str, Any] = {}
    kinds: list[str] = list(DEFAULT_FAULTS)
    text = (faults or "").strip()
    if text.startswith("{"):
        try:
            plan = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"--faults is not valid JSON ({exc.msg})") from None
    elif text:
        kinds = [k.strip() for k in text.split(",") if k.strip()]
        unknown = [k for k in kinds if k not in RATE_FIELDS]
        if unknown:
            raise UserError(f"--faults: unknown kind {unknown[0]!r}; use any of {', '.join(RATE_FIELDS)}")
    if not 0.0 <= fail_rate <= 1.0:
        raise UserError(f"--fail-rate {fail_rate} must be between 0 and 1")
    if fail_rate:
        plan.update({RATE_FIELDS[k]: fail_rate / len(kinds) for k in dict.fromkeys(kinds)})
    flags = {"latency_s": latency, "max_concurrency": max_concurrency, "seed": seed}
    plan.update({k: v for k, v in flags.items() if v})  # unset flags keep a JSON plan's values
    plan.update(required_api_key=api_key, known_models=frozenset(models) if models else None)
    try:
        return FaultPlan.model_validate(plan)
    except ValueError as exc:
        raise UserError(f"bad fault settings: {str(exc).splitlines()[0]}") from None


def serve(plan: FaultPlan, port: int, chatty: float = 0.5) -> None:
    """Serve until Ctrl-C (or SIGTERM, which ends the process)."""
    responder = ChatResponder(chatty=chatty, seed=plan.seed)
    server = FakeOpenAIServer(responder=responder, faults=plan, port=port, record=False).start()
    faults = {k: v for k, v in plan.model_dump().items() if k.startswith("rate_") and v}
    print(f"fake OpenAI-compatible server at {server.base_url} (Ctrl-C to stop); faults: "
          f"{faults or 'none'}; latency {plan.latency_s:g} s", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m datagen.llm.fake_server",
                                     description="Fake OpenAI-compatible server on 127.0.0.1 for offline runs.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--api-key", default=None, help="require this key (401 otherwise)")
    parser.add_argument("--model", action="append", default=None, help="known model (repeat); others get 404")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of requests that fail")
    parser.add_argument("--faults", default=None, help="fault kinds, e.g. 429,500; or a FaultPlan as JSON")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds from a request's arrival to its answer")
    parser.add_argument("--max-concurrency", type=int, default=None, help="429 above this many in flight")
    parser.add_argument("--seed", type=int, default=0, help="seeds faults and replies")
    parser.add_argument("--chatty", type=float, default=0.5, help="share of replies dressed in chat style")
    args = parser.parse_args(argv)
    try:
        plan = fault_plan(fail_rate=args.fail_rate, faults=args.faults, latency=args.latency,
                          max_concurrency=args.max_concurrency, api_key=args.api_key, seed=args.seed,
                          models=args.model)
    except UserError as exc:
        parser.error(str(exc))
    serve(plan, args.port, args.chatty)
