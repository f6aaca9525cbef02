"""What a trash batch holds when an import's creations go to the trash: what the app's deletes would give."""

from __future__ import annotations

from app.store.trash import batches_of_created


def test_a_created_program_takes_everything_created_in_it() -> None:
    created = [("program", 1), ("task", 10), ("task", 11), ("progress", 5), ("indicator", 7)]
    program_of = {("task", 10): 1, ("task", 11): 1, ("progress", 5): 1, ("indicator", 7): 1}
    batches = batches_of_created(created, program_of, {10: None, 11: 10})
    assert len(set(batches.values())) == 1


def test_in_an_existing_program_a_task_leads_its_unit_tasks_and_the_rest_stand_alone() -> None:
    # Program 2 was there before: task 20 with unit tasks 21 (under 20) and 22 (under 21) are one batch;
    # task 30 (under an existing task 3) is another; a progress entry and an indicator one each.
    created = [("task", 20), ("task", 21), ("task", 22), ("task", 30), ("progress", 8), ("indicator", 9)]
    program_of = {key: 2 for key in created}
    batches = batches_of_created(created, program_of, {20: None, 21: 20, 22: 21, 30: 3})
    assert batches[("task", 20)] == batches[("task", 21)] == batches[("task", 22)]
    singles = {batches[("task", 30)], batches[("progress", 8)], batches[("indicator", 9)]}
    assert len(singles) == 3 and batches[("task", 20)] not in singles


def test_a_cycle_in_the_parent_links_does_not_hang() -> None:
    batches = batches_of_created([("task", 1), ("task", 2)], {}, {1: 2, 2: 1})
    assert set(batches) == {("task", 1), ("task", 2)}
