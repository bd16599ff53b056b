from datagen.records import Dialogue, Instance, Task, Turn, record_from_dict, stable_id


def test_stable_id_is_content_addressed_and_process_independent():
    assert stable_id("task", "self_instruct", "Write a haiku.") == stable_id("task", "self_instruct", "Write a haiku.")
    assert stable_id("task", "a", "x") != stable_id("task", "b", "x")
    # a fixed value: Python's salted hash() would change across processes, sha256 does not
    assert stable_id("task", "m", "x") == "task-" + __import__("hashlib").sha256(
        b'["m", "x"]').hexdigest()[:16]


def test_task_id_ignores_instances_so_adding_them_keeps_lineage():
    t = Task.new("Name three rivers.", "self_instruct", parents=["seed_task_1"])
    t2 = t.model_copy(update={"instances": [Instance(input="", output="Nile")]})
    assert t.id == t2.id and t.parents == ["seed_task_1"]


def test_flatten_gives_one_row_per_instance_with_parent_link():
    t = Task.new("Translate.", "m", instances=[Instance(input="a", output="b"), Instance(input="c", output="d")])
    rows = t.flatten()
    assert [r.instances[0].output for r in rows] == ["b", "d"]
    assert all(r.parents[0] == t.id for r in rows) and rows[0].id != rows[1].id
    assert Task.new("x y", "m").flatten()[0].id == Task.new("x y", "m").id


def test_text_fields_and_round_trip_by_kind():
    t = Task.new("Summarize.", "m", instances=[Instance(input="long text", output="short")])
    assert t.text("all") == "Summarize.\nlong text\nshort"
    d = Dialogue(id="d1", method="syndg", turns=[Turn(speaker="u", text="hi"), Turn(speaker="a", text="yo")])
    assert isinstance(record_from_dict(d.model_dump()), Dialogue)
    assert isinstance(record_from_dict(t.model_dump()), Task)
    assert d.text() == "hi\nyo"
