from __future__ import annotations

from datagen.text.normalize import content_hash, normalize_for_exact, normalize_for_vote


def test_normalize_for_vote_is_ensemble_instructs():
    # lower-case, delete ASCII punctuation, collapse whitespace (ensemble_output.py `normalize`)
    assert normalize_for_vote("  Yes, it's TRUE!\n(really)  ") == "yes its true really"
    assert normalize_for_vote("naïve — café") == "naïve — café"  # non-ASCII punctuation stays


def test_normalize_for_exact():
    assert normalize_for_exact("ＳＴＲＡSSE\t straße ") == "strasse strasse"
    assert normalize_for_exact("Sort the list.") != normalize_for_exact("Sort the list")


def test_content_hash_is_stable_and_normalized():
    assert content_hash("Hello  World") == content_hash("hello world")
    assert content_hash("a", "b") != content_hash("a b")
    assert content_hash("Hello", normalize=False) != content_hash("hello", normalize=False)
    # golden value: sha256 of the normalized text, the same in every process
    assert content_hash("X ") == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"
