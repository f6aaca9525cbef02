"""Undo commands: every edit in the app is one of these, and each redo/undo calls a service."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain import model as d
from app.domain.enums import Direction
from app.domain.errors import CivicError, NotFoundError
from app.ui import texts

if TYPE_CHECKING:
    from app.services.programs import ProgramDraft, ProgramService, ProgressBefore, TaskDraft

log = logging.getLogger(__name__)


@dataclass
class VersionBook:
    """The version of each record the user last saw, passed to services as ``expected_version``.

    A save based on an older version than the database holds is refused with a ConflictError,
    so nobody silently overwrites a colleague's change.
    """

    programs: dict[str, int] = field(default_factory=dict)
    tasks: dict[int, int] = field(default_factory=dict)
    indicators: dict[int, int] = field(default_factory=dict)

    def saw_program(self, program: d.Program) -> None:
        self.programs[program.key] = program.version
        for task in program.tasks:
            self.tasks[task.id] = task.version
        for indicator in program.indicators:
            self.indicators[indicator.id] = indicator.version

    def saw_task(self, task: d.Task) -> None:
        self.tasks[task.id] = task.version

    def saw_indicator(self, indicator: d.Indicator) -> None:
        self.indicators[indicator.id] = indicator.version


@dataclass
class CommandContext:
    """What commands need from the application context: the service, the version book and callbacks."""

    service: ProgramService
    versions: VersionBook
    changed: Callable[[], None]
    failed: Callable[[str], None]
    renamed: Callable[[str, str], None] = lambda old, new: None


class ServiceCommand(QUndoCommand):
    """Base: ``apply()`` does the change, ``revert()`` takes it back; both call services.

    The first ``apply()`` runs before the command is pushed (see AppContext.execute) so a refused
    edit never lands on the undo stack; QUndoStack's initial redo() is then skipped.
    """

    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.applied_once = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self.applied_once:
            return  # never applied: pushed without execute(); nothing to do (tests of misuse)
        if getattr(self, "_skip_redo", False):
            self._skip_redo = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except CivicError as exc:
            log.warning("%s failed: %s", self.text(), exc)
            self.setObsolete(True)
            self.ctx.failed(texts.message_text(exc))
        self.ctx.changed()

    def first_apply(self) -> None:
        """Run the change for the first time; raises CivicError if it is refused."""
        self.apply()
        self.applied_once = True
        self._skip_redo = True


class EditProgramCommand(ServiceCommand):
    def __init__(
        self, ctx: CommandContext, key: str, changes: Mapping[str, Any], before: Mapping[str, Any], label: str
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Edit %1 of %2").replace("%1", label).replace("%2", key)
        )
        self.key = key
        self.changes = dict(changes)
        self.before = dict(before)
        self.new_key = str(self.changes["key"]).strip().upper() if "key" in self.changes else key

    def _save(self, key: str, changes: Mapping[str, Any]) -> None:
        result = self.ctx.service.update_program(key, changes, expected_version=self.ctx.versions.programs.get(key))
        self.ctx.versions.programs.pop(key, None)
        self.ctx.versions.programs[result.key] = result.version
        if result.key != key:
            self.ctx.renamed(key, result.key)

    def apply(self) -> None:
        self._save(self.key, self.changes)

    def revert(self) -> None:
        self._save(self.new_key, self.before)


class CreateProgramCommand(ServiceCommand):
    """A new blank program, or one started from a case (``case_key``)."""

    def __init__(self, ctx: CommandContext, draft: ProgramDraft | None = None, case_key: str | None = None) -> None:
        text = (
            QCoreApplication.translate("Commands", "Start from case %1").replace("%1", case_key)
            if case_key
            else QCoreApplication.translate("Commands", "New program")
        )
        super().__init__(ctx, text)
        self.draft = draft
        self.case_key = case_key
        self.key: str | None = None

    def apply(self) -> None:
        if self.key is None:
            if self.case_key is not None:
                # The draft: what the user made of the case's suggestion (the Start from this case dialog).
                program = self.ctx.service.start_from_case(self.case_key, self.draft)
            else:
                assert self.draft is not None
                program = self.ctx.service.create_program(self.draft)
            self.key = program.key
        else:
            program = self.ctx.service.restore_program(self.key)
        self.ctx.versions.saw_program(program)

    def revert(self) -> None:
        assert self.key is not None
        self.ctx.service.delete_program(self.key)


class DeleteProgramCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, key: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete program %1").replace("%1", key))
        self.key = key

    def apply(self) -> None:
        self.ctx.service.delete_program(self.key)

    def revert(self) -> None:
        self.ctx.versions.saw_program(self.ctx.service.restore_program(self.key))


class EditTaskCommand(ServiceCommand):
    def __init__(
        self,
        ctx: CommandContext,
        task_id: int,
        changes: Mapping[str, Any],
        before: Mapping[str, Any],
        label: str,
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit task %1").replace("%1", label))
        self.task_id = task_id
        self.changes = dict(changes)
        self.before = dict(before)

    def _save(self, changes: Mapping[str, Any]) -> None:
        task = self.ctx.service.update_task(
            self.task_id, changes, expected_version=self.ctx.versions.tasks.get(self.task_id)
        )
        self.ctx.versions.saw_task(task)

    def apply(self) -> None:
        self._save(self.changes)

    def revert(self) -> None:
        self._save(self.before)


class AddTaskCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, program_key: str, draft: TaskDraft) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Add task %1").replace("%1", draft.title))
        self.program_key = program_key
        self.draft = draft
        self.task_id: int | None = None

    def apply(self) -> None:
        if self.task_id is None:
            task = self.ctx.service.add_task(self.program_key, self.draft)
            self.task_id = task.id
        else:
            task = self.ctx.service.restore_task(self.task_id)
        self.ctx.versions.saw_task(task)

    def revert(self) -> None:
        assert self.task_id is not None
        self.ctx.service.delete_task(self.task_id)


class DeleteTaskCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, task_id: int, title: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete task %1").replace("%1", title))
        self.task_id = task_id

    def apply(self) -> None:
        self.ctx.service.delete_task(self.task_id)

    def revert(self) -> None:
        self.ctx.versions.saw_task(self.ctx.service.restore_task(self.task_id))


class MoveTaskCommand(ServiceCommand):
    def __init__(
        self,
        ctx: CommandContext,
        task_id: int,
        title: str,
        old: tuple[int | None, int],
        new: tuple[int | None, int],
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Move task %1").replace("%1", title))
        self.task_id = task_id
        self.old = old
        self.new = new

    def apply(self) -> None:
        self.ctx.versions.saw_task(self.ctx.service.move_task(self.task_id, *self.new))

    def revert(self) -> None:
        self.ctx.versions.saw_task(self.ctx.service.move_task(self.task_id, *self.old))


@dataclass(frozen=True)
class ProgressInput:
    """What the Log progress dialog collected."""

    program_key: str
    title: str
    entry_date: Any = None
    note: str | None = None
    task_id: int | None = None
    percent_complete: float | None = None
    status: Any = None
    attachments: tuple[Any, ...] = ()  # NewAttachment: files logged with the entry (kept here for redo)


class LogProgressCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, data: ProgressInput) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Log progress on %1").replace("%1", data.program_key)
        )
        self.data = data
        self.entry_id: int | None = None
        self.before: ProgressBefore | None = None

    def apply(self) -> None:
        data = self.data
        self.before = self.ctx.service.progress_before(data.program_key, data.task_id)
        entry = self.ctx.service.log_progress(
            data.program_key,
            data.title,
            entry_date=data.entry_date,
            note=data.note,
            task_id=data.task_id,
            percent_complete=data.percent_complete,
            status=data.status,
            attachments=data.attachments,
        )
        self.entry_id = entry.id

    def revert(self) -> None:
        assert self.entry_id is not None and self.before is not None
        self.ctx.service.undo_progress(self.entry_id, self.before)


class EditProgressCommand(ServiceCommand):
    """Change a progress entry (date, title, note, task, percent); a changed percent or task moves the task as
    logging does. Undo puts the entry and the percent and status of the task it moved back."""

    def __init__(
        self, ctx: CommandContext, entry: d.ProgressEntry, changes: Mapping[str, Any], status: Any = None
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Edit progress entry %1").replace("%1", entry.title)
        )
        self.entry_id = entry.id
        self.program_key = entry.program_key
        self.changes = dict(changes)
        self.status = status
        self.old = {name: getattr(entry, name) for name in self.changes}
        self.moved_task_id: int | None = self.changes.get("task_id", entry.task_id)
        self.version = entry.version
        self.before: ProgressBefore | None = None

    def apply(self) -> None:
        self.before = self.ctx.service.progress_before(self.program_key, self.moved_task_id)
        entry = self.ctx.service.update_progress(
            self.entry_id, self.changes, status=self.status, expected_version=self.version
        )
        self.version = entry.version

    def revert(self) -> None:
        assert self.before is not None
        entry = self.ctx.service.undo_progress_edit(self.entry_id, self.old, self.moved_task_id, self.before)
        self.version = entry.version


class SetIndicatorValueCommand(ServiceCommand):
    """Record an indicator's value for a period; undo puts back the one it replaced, or removes it."""

    def __init__(
        self, ctx: CommandContext, indicator: d.Indicator, period: Any, value: float, kind: Any, note: str | None
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("Commands", "Set %1 for %2")
            .replace("%1", indicator.name)
            .replace("%2", str(period)),
        )
        self.indicator_id = indicator.id
        self.period = period
        self.value = value
        self.kind = kind
        self.note = note
        self.before = next((v for v in indicator.values if v.period == period and v.kind == kind), None)
        self.value_id: int | None = None

    def apply(self) -> None:
        row = self.ctx.service.set_indicator_value(self.indicator_id, self.period, self.value, self.kind, self.note)
        self.value_id = row.id

    def revert(self) -> None:
        if self.before is not None:
            b = self.before
            self.ctx.service.set_indicator_value(self.indicator_id, b.period, b.value, b.kind, b.note)
        else:
            assert self.value_id is not None
            self.ctx.service.delete_indicator_value(self.value_id)


class DeleteIndicatorValueCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, indicator_name: str, value: d.IndicatorValue) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("Commands", "Delete %1 of %2")
            .replace("%1", str(value.period))
            .replace("%2", indicator_name),
        )
        self.value = value
        self.value_id = value.id

    def apply(self) -> None:
        self.ctx.service.delete_indicator_value(self.value_id)

    def revert(self) -> None:
        v = self.value
        self.value_id = self.ctx.service.set_indicator_value(v.indicator_id, v.period, v.value, v.kind, v.note).id


class AddIndicatorCommand(ServiceCommand):
    """Define a new indicator; undo moves it to the trash, redo brings that same one back."""

    def __init__(self, ctx: CommandContext, program_key: str, fields: Mapping[str, Any], key: str | None) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Add indicator %1").replace("%1", fields["name"]))
        self.program_key = program_key
        self.fields = dict(fields)
        self.key = key
        self.indicator_id: int | None = None

    def apply(self) -> None:
        if self.indicator_id is None:
            f = self.fields
            indicator = self.ctx.service.add_indicator(
                self.program_key,
                f["name"],
                unit=f.get("unit"),
                direction=f.get("direction", Direction.HIGHER),
                description=f.get("description"),
                target_value=f.get("target_value"),
                target_date=f.get("target_date"),
                baseline_value=f.get("baseline_value"),
                baseline_period=f.get("baseline_period"),
                key=self.key,
            )
            self.indicator_id = indicator.id
        else:
            indicator = self.ctx.service.restore_indicator(self.indicator_id)
        self.ctx.versions.saw_indicator(indicator)

    def revert(self) -> None:
        assert self.indicator_id is not None
        self.ctx.service.delete_indicator(self.indicator_id)


class EditIndicatorCommand(ServiceCommand):
    """Change an indicator's definition; undo puts the old values back (refused if a colleague changed it since)."""

    def __init__(
        self,
        ctx: CommandContext,
        indicator_id: int,
        changes: Mapping[str, Any],
        before: Mapping[str, Any],
        label: str,
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit indicator %1").replace("%1", label))
        self.indicator_id = indicator_id
        self.changes = dict(changes)
        self.before = dict(before)

    def _save(self, changes: Mapping[str, Any]) -> None:
        indicator = self.ctx.service.update_indicator(
            self.indicator_id, changes, expected_version=self.ctx.versions.indicators.get(self.indicator_id)
        )
        self.ctx.versions.saw_indicator(indicator)

    def apply(self) -> None:
        self._save(self.changes)

    def revert(self) -> None:
        self._save(self.before)


class DeleteIndicatorCommand(ServiceCommand):
    """Move an indicator with its values to the trash; undo brings it back from there, values and all."""

    def __init__(self, ctx: CommandContext, indicator: d.Indicator) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Delete indicator %1").replace("%1", indicator.name)
        )
        self.indicator_id = indicator.id
        self.name = indicator.name

    def apply(self) -> None:
        self.ctx.service.delete_indicator(self.indicator_id)

    def revert(self) -> None:
        try:
            indicator = self.ctx.service.restore_indicator(self.indicator_id)
        except NotFoundError:
            # Someone emptied the trash since: the values are gone for good (a backup still has them).
            raise NotFoundError(
                QCoreApplication.translate(
                    "Commands", "“%1” is no longer in the trash (it was emptied); restore it from a backup"
                ).replace("%1", self.name)
            ) from None
        self.ctx.versions.saw_indicator(indicator)


class DeleteProgressCommand(ServiceCommand):
    """Move a progress entry to the trash; undo brings it back."""

    def __init__(self, ctx: CommandContext, entry: d.ProgressEntry) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Delete progress entry %1").replace("%1", entry.title)
        )
        self.entry_id = entry.id

    def apply(self) -> None:
        self.ctx.service.delete_progress(self.entry_id)

    def revert(self) -> None:
        self.ctx.service.restore_progress(self.entry_id)
