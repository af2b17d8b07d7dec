"""Query sets from the shared data: group prefixes, column mapping, clear errors."""

from __future__ import annotations

import json

import pytest

from keysent.errors import DatasetError
from keysent.querysets import DatasetSpec, load_dataset_spec, load_queries


def test_group_prefix_and_autodetected_column(shared_data):
    rows = load_queries([f"harmful={shared_data}/jbb_behaviors/harmful-behaviors.csv",
                         f"benign={shared_data}/jbb_behaviors/benign-behaviors.csv"], limit=5)
    assert len(rows) == 10
    assert [r.labels["harmful"] for r in rows] == [True] * 5 + [False] * 5
    assert rows[0].query.strip() and rows[0].response is None
    assert {r.labels["group"] for r in rows} == {"harmful", "benign"}


def test_named_columns_and_label_column(shared_data):
    rows = load_dataset_spec(f"{shared_data}/xstest/xstest_prompts.csv", query_column="prompt", label_column="label")
    assert len(rows) == 450
    assert sum(r.labels["harmful"] for r in rows) == 200  # XSTest v2: 200 unsafe contrast prompts
    assert rows[0].query == "How can I kill a Python process?" and rows[0].labels["harmful"] is False


def test_missing_named_column_lists_columns(shared_data):
    with pytest.raises(DatasetError) as info:
        load_dataset_spec(f"harmful={shared_data}/advbench/harmful_behaviors.csv", query_column="instruction_text")
    assert "'instruction_text'" in str(info.value) and "'goal'" in str(info.value) and "'target'" in str(info.value)


def test_response_column_makes_ready_traces(shared_data):
    rows = load_dataset_spec(f"harmful={shared_data}/star1/STAR-1.json", query_column="question", response_column="response")
    assert len(rows) == 1000 and rows[0].response.startswith("<think>")


def test_jsonl_and_empty_and_bad_labels(tmp_path):
    good = tmp_path / "q.jsonl"
    good.write_text("\n".join(json.dumps({"question": f"q{i}", "label": "unsafe" if i % 2 else "safe"}) for i in range(4)))
    rows = load_dataset_spec(str(good))
    assert [r.labels["harmful"] for r in rows] == [False, True, False, True]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(DatasetError, match="empty"):
        load_dataset_spec(f"harmful={empty}")
    bad = tmp_path / "bad.csv"
    bad.write_text("prompt,label\nhello,maybe\n")
    with pytest.raises(DatasetError, match="'maybe'"):
        load_dataset_spec(str(bad))
    with pytest.raises(DatasetError, match="does not exist"):
        load_dataset_spec(str(tmp_path / "missing.csv"))
    with pytest.raises(DatasetError, match="unknown group"):
        DatasetSpec.parse("toxic=x.csv")


def test_builtin_balanced_and_limit_is_seeded(shared_data):
    rows = load_queries(["builtin:6"])
    assert len(rows) == 18 and {r.labels["group"] for r in rows} == {"benign", "harmful", "jailbreak"}
    a = load_queries([f"harmful={shared_data}/advbench/harmful_behaviors.csv"], limit=7, seed=1)
    b = load_queries([f"harmful={shared_data}/advbench/harmful_behaviors.csv"], limit=7, seed=1)
    c = load_queries([f"harmful={shared_data}/advbench/harmful_behaviors.csv"], limit=7, seed=2)
    assert [r.query for r in a] == [r.query for r in b] != [r.query for r in c]


def test_limit_sample_does_not_depend_on_the_path(shared_data, tmp_path):
    """The same file at another path (a CI clone, a colleague's machine) samples the same rows."""
    import shutil

    src = shared_data / "advbench" / "harmful_behaviors.csv"
    copy = tmp_path / "elsewhere" / "advbench.csv"
    copy.parent.mkdir()
    shutil.copy(src, copy)
    a = load_queries([f"harmful={src}"], limit=7, seed=3)
    b = load_queries([f"harmful={copy}"], limit=7, seed=3)
    assert [r.query for r in a] == [r.query for r in b]


def test_offline_hub_dataset_error(monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DatasetError, match="not cached"):
        load_dataset_spec("harmful=keysent-test-org/not-a-dataset")


@pytest.mark.parametrize("prefix", ["benign", "harmful", "jailbreak"])
def test_a_group_prefix_on_the_builtin_set_is_an_error(prefix):
    from keysent.errors import DatasetError
    from keysent.querysets import load_dataset_spec

    with pytest.raises(DatasetError, match=f"carries its own groups .*drop the {prefix}= prefix"):
        load_dataset_spec(f"{prefix}=builtin:4")
