"""How a program's percent complete is rolled up from its tasks' weights."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.enums import Status


@dataclass(frozen=True)
class TaskNode:
    id: int
    parent_id: int | None
    status: Status | None
    percent_complete: float | None
    weight: float


def task_percent(node: TaskNode, children: dict[int | None, list[TaskNode]]) -> float | None:
    """A task's own percent; with unit tasks, their weighted average. Completed counts as 100."""
    kids = children.get(node.id, [])
    if kids:
        return weighted_average(kids, children)
    if node.percent_complete is not None:
        return node.percent_complete
    if node.status is Status.COMPLETED:
        return 100.0
    if node.status in (Status.PLANNED, Status.ACTIVE, Status.ON_HOLD):
        return 0.0
    return None


def share(node: TaskNode, children: dict[int | None, list[TaskNode]]) -> tuple[float, float] | None:
    """What a task adds to the average it is part of: (its weight, its percent x weight), or None when it does
    not count (cancelled, no percent, no weight). An import sums these as its rows come in
    (importing/writer.flat_share)."""
    if node.status is Status.CANCELLED:
        return None
    pct = task_percent(node, children)
    if pct is None or node.weight <= 0:
        return None
    return node.weight, pct * node.weight


def average(weight: float, total: float) -> float | None:
    """The weighted average of shares summing to ``weight`` and ``total``, to a tenth; None when none counts."""
    return round(total / weight, 1) if weight else None


def weighted_average(nodes: Sequence[TaskNode], children: dict[int | None, list[TaskNode]]) -> float | None:
    total_weight = 0.0
    total = 0.0
    for node in nodes:
        counted = share(node, children)
        if counted is not None:
            total_weight += counted[0]
            total += counted[1]
    return average(total_weight, total)


def program_percent(tasks: Sequence[TaskNode]) -> float | None:
    """Weighted average of the top-level tasks; cancelled tasks and tasks with no percent are left out."""
    children: dict[int | None, list[TaskNode]] = {}
    for t in tasks:
        children.setdefault(t.parent_id, []).append(t)
    return weighted_average(children.get(None, []), children)


def counted_top_level(tasks: Sequence[TaskNode]) -> tuple[int, int]:
    """How many top-level tasks the program's percent averages, and how many there are (a report says
    "average of 4 of 5 tasks")."""
    children: dict[int | None, list[TaskNode]] = {}
    for t in tasks:
        children.setdefault(t.parent_id, []).append(t)
    top = children.get(None, [])
    return sum(share(t, children) is not None for t in top), len(top)


def task_percents(tasks: Sequence[TaskNode]) -> dict[int, float | None]:
    """Each task's percent as the roll-up counts it: a task with unit tasks shows their weighted average."""
    children: dict[int | None, list[TaskNode]] = {}
    for t in tasks:
        children.setdefault(t.parent_id, []).append(t)
    return {t.id: task_percent(t, children) for t in tasks}


def explain(tasks: Sequence[TaskNode], titles: dict[int, str]) -> str:
    """A short explanation of the roll-up, for a tooltip."""
    children: dict[int | None, list[TaskNode]] = {}
    for t in tasks:
        children.setdefault(t.parent_id, []).append(t)
    lines = []
    for node in children.get(None, []):
        pct = task_percent(node, children)
        if node.status is Status.CANCELLED:
            lines.append(f"{titles.get(node.id, node.id)}: cancelled, not counted")
        elif pct is None:
            lines.append(f"{titles.get(node.id, node.id)}: no percent, not counted")
        else:
            line = f"{titles.get(node.id, node.id)}: {pct:g}% x weight {node.weight:g}"
            if node.percent_complete is None and not children.get(node.id) and node.status is not None:
                # The task shows no percent (none was recorded); say where the number comes from.
                line += f" (no percent recorded; counted as {pct:g}% while {node.status.label.lower()})"
            lines.append(line)
    total = program_percent(tasks)
    head = "Weighted average of top-level tasks (unit tasks roll up into their action plan)"
    tail = f"= {total:g}%" if total is not None else "= no percent yet"
    return "\n".join([head, *lines, tail])
