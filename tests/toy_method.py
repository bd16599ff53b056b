"""A toy sixth method, registered by a test exactly as a real method is: a config, a flow on
the scaffold, a spec. It asks the LLM for one word per request and keeps words of 3+ letters."""

from __future__ import annotations

from functools import partial

from prefect import flow
from pydantic import Field

from datagen.config import StrictModel
from datagen.llm.client import LLMRequest
from datagen.llm.settings import LLMConfig
from datagen.methods.spec import MethodSpec, Option
from datagen.records import Instance, Task
from datagen.run_options import RunOptions
from datagen.stage import Reject, RunContext, StageResult, make_result, reject
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.stage_task import run_stage


class ToyConfig(StrictModel):
    n: int = Field(3, gt=0)
    min_letters: int = 3
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)


async def words_stage(_records: list, cfg: ToyConfig, ctx: RunContext) -> StageResult:
    requests = [LLMRequest(prompt=f"Say one word, number {i}.", seed=i, max_tokens=8) for i in range(cfg.n)]
    kept, rejected = [], []
    for i, out in enumerate(await ctx.llm.generate_many(requests)):
        word = (out.texts[0] if out.texts else "").strip()
        task = Task.new(f"Use the word {word!r} in a sentence.", "toy",
                        instances=[Instance(input="", output=f"A sentence with {word}.")])
        if len(word) >= cfg.min_letters:
            kept.append(task)
        else:
            rejected.append(reject(task, ctx.stage, Reject("too_short", word=word, request=i)))
    return make_result(ctx.stage, cfg.n, kept, rejected)


@flow(name="toy", flow_run_name=run_name("toy"))
async def toy_flow(config: ToyConfig, out_dir: str = "") -> str:
    async with opened_run("toy", out_dir, config) as run:
        words = await run_stage(run, "words", partial(words_stage), None, config)
        await finish_run(run, RunOutput("Toy", "toy", words.kept(), "none", llm_description(config.llm),
                                        0, config.n))
    return str(run.root)


SPEC = MethodSpec(
    name="toy", summary="A toy method for the registry test",
    config="tests.toy_method:ToyConfig", flow="tests.toy_method:toy_flow",
    presets={"toy": {}, "strict": {"min_letters": 6}},
    options=(Option("--n", "n", int, "words to ask for"),),
)
