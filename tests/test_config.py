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
