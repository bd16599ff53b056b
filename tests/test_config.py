import pytest

from datagen.config import StrictModel, load_config
from datagen.errors import UserError


class Inner(StrictModel):
    threshold: float = 0.7


class Outer(StrictModel):
    target: int = 20
    novelty: Inner = Inner()


def test_yaml_then_overrides_with_types(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("target: 5\nnovelty:\n  threshold: 0.5\n")
    cfg = load_config(Outer, path, ["novelty.threshold=0.65"])
    assert cfg.target == 5 and cfg.novelty.threshold == 0.65


def test_unknown_key_and_wrong_type_are_one_clear_error(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("targett: 5\n")
    with pytest.raises(UserError, match=r"c.yaml: unknown key 'targett'; known keys .*target"):
        load_config(Outer, path)
    with pytest.raises(UserError, match=r"target: .*integer"):
        load_config(Outer, None, ["target=lots"])
    with pytest.raises(UserError, match="expected key=value"):
        load_config(Outer, None, ["target"])
    path.write_text("target: [unclosed\n")
    with pytest.raises(UserError, match="not valid YAML"):
        load_config(Outer, path)


def _models(model, seen=None):
    """Every pydantic config class reachable from `model` through its fields."""
    import typing

    from pydantic import BaseModel

    seen = set() if seen is None else seen
    if model in seen:
        return seen
    seen.add(model)
    for info in model.model_fields.values():
        stack = [info.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                _models(tp, seen)
            stack += list(typing.get_args(tp))
    return seen


def test_every_max_tokens_of_every_method_has_a_range():
    """Issue 15 item 11: a negative or absurd max_tokens in any stage config of any method is
    refused by the config itself (a new stage config gets the same rule by using TokenCount)."""
    from pydantic import ValidationError

    from datagen.registry import METHODS
    from datagen.run_options import RunOptions

    checked = 0
    for spec in METHODS.values():
        for model in _models(spec.config_class()) - {RunOptions}:  # run.max_tokens is the run's budget
            for name in [n for n in model.model_fields if n.startswith("max_tokens")]:
                if name == "max_tokens_rule":
                    continue
                for bad in (-5, 10**11):
                    with pytest.raises(ValidationError):
                        model.model_validate({name: bad})
                checked += 1
    assert checked >= 10
