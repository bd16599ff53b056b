"""flows/prefect.yaml: Prefect's own loader accepts it, it declares one deployment per method on
the process pool, and every deployment's `config` validates against its method's config class."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from datagen.registry import METHODS

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PREFECT_YAML = PROJECT_ROOT / "flows" / "prefect.yaml"
ENV = {"DATAGEN_BASE_URL": "http://127.0.0.1:8000/v1", "DATAGEN_MODEL": "some-model"}


@pytest.fixture
def deployments(monkeypatch) -> list[dict]:
    """The deployments as `prefect deploy` reads them, `{{ $VAR }}` filled from the environment."""
    from prefect.cli.deploy._config import _load_deploy_configs_and_actions
    from prefect.utilities.templating import apply_values

    for key, value in ENV.items():
        monkeypatch.setenv(key, value)

    out = io.StringIO()
    configs, actions = _load_deploy_configs_and_actions(PREFECT_YAML, console=Console(file=out))
    assert out.getvalue() == "", out.getvalue()  # the loader prints only when it skips something
    assert actions["pull"] is None  # `prefect deploy` adds set_working_directory(project root)
    return [apply_values(c, {}, remove_notset=False) for c in configs]


def method_of(entrypoint: str) -> str:
    path, _, fn = entrypoint.partition(":")
    return next(m for m, spec in METHODS.items()
                if spec.flow_file == Path(path) and spec.flow.endswith(f":{fn}"))


def test_one_deployment_per_method_on_the_process_pool(deployments):
    assert sorted(method_of(d["entrypoint"]) for d in deployments) == sorted(METHODS)
    for d in deployments:
        assert (PROJECT_ROOT / d["entrypoint"].split(":")[0]).is_file()
        assert d["work_pool"]["name"] == "datagen-process"
    assert len({d["name"] for d in deployments}) == len(deployments)


def test_schedules_are_valid_utc_crons(deployments):
    from prefect.client.schemas.schedules import CronSchedule

    for d in deployments:
        assert d["schedules"], d["name"]
        for s in d["schedules"]:
            assert s["timezone"] == "UTC"
            CronSchedule(cron=s["cron"], timezone=s["timezone"])


def test_parameters_validate_against_each_flow(deployments):
    for d in deployments:
        spec = METHODS[method_of(d["entrypoint"])]
        flow, config_cls = spec.load_flow(), spec.config_class()
        assert set(d["parameters"]) == {"config"}
        cfg = config_cls.model_validate(d["parameters"]["config"])
        assert cfg.llm.backend == "openai" and cfg.llm.base_url == ENV["DATAGEN_BASE_URL"]
        assert cfg.llm.model == ENV["DATAGEN_MODEL"]
        # Prefect validates the same parameters when a run starts (out_dir left empty).
        params = flow.validate_parameters(d["parameters"])
        assert params["out_dir"] == ""
