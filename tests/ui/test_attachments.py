"""Files on progress entries in the window: attached from the file chooser or by dropping them, shown with a
paperclip in the log, opened with the desktop's viewer, saved as a copy, removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.domain import rules
from app.services.attachments import AttachmentService, NewAttachment
from app.services.history import HistoryFilter, HistoryService
from app.services.programs import ProgramService

MINUTES = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\x00\r\n"


def _own_program(window: Any) -> Any:
    return ProgramService(window.db).start_from_case("SEOUL-TTAREUNGI")


def _enter(point: Any, mime: QMimeData) -> QDragEnterEvent:
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    return QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, left, none)


def _drop(widget: Any, paths: list[Path]) -> bool:
    """Drag files from a file manager onto ``widget`` and let go: True when the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    enter = _enter(point, mime)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_file_chosen_in_log_progress_is_logged_with_the_entry_and_shown_in_the_log(
    window: Any, prompts: Any, tmp_path: Path
) -> None:
    own = _own_program(window)
    minutes = tmp_path / "committee minutes.pdf"
    minutes.write_bytes(MINUTES)
    window.log_progress(own.key)
    dialog = window.last_dialog
    prompts.opens.append(str(minutes))
    dialog.attachments.add_button.click()
    assert dialog.attachments.files.item(0).text() == "committee minutes.pdf  (1.0 KB)"
    assert ProgramService(window.db).list_progress(own.key) == []  # nothing stored before Save
    dialog.what.setText("Committee met")
    dialog.save()

    [entry] = ProgramService(window.db).list_progress(own.key)
    [att] = entry.attachments
    assert AttachmentService(window.db).content(att.id) == MINUTES
    window.open_program(own.key)
    model = window.detail_view.progress_model
    assert model.index(0, 0).data().endswith("Committee met  📎 1")

    # Undo takes the entry back (its file with it); redo logs it again with the file.
    window.undo_stack.undo()
    assert ProgramService(window.db).list_progress(own.key) == []
    window.undo_stack.redo()
    [again] = ProgramService(window.db).list_progress(own.key)
    assert [a.name for a in again.attachments] == ["committee minutes.pdf"]


def test_files_dropped_on_an_entry_are_kept_at_once_and_history_names_them(
    window: Any, prompts: Any, tmp_path: Path, qtbot: Any
) -> None:
    own = _own_program(window)
    entry = ProgramService(window.db).log_progress(own.key, "Site visit")
    photo = tmp_path / "site.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0photo\xff\xd9")
    window.open_program(own.key)
    detail = window.detail_view
    detail.tabs.setCurrentIndex(1)
    detail.timeline.setCurrentIndex(detail.progress_model.index(0, 0))
    detail.edit_entry.click()
    dialog = window.last_dialog
    panel = dialog.attachments

    assert _drop(panel, [photo])
    [att] = AttachmentService(window.db).list_attachments(entry.id)
    assert (att.name, att.media_type) == ("site.jpg", "image/jpeg")
    assert panel.files.item(0).text().startswith("site.jpg")
    qtbot.waitUntil(lambda: detail.progress_model.index(0, 0).data().endswith("📎 1"))

    # A drop of something that is not a file is refused; a file over the limit is named and not kept.
    text_only = QMimeData()
    text_only.setText("just words")
    enter = _enter(panel.rect().center(), text_only)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    video = tmp_path / "walkthrough.mp4"
    with video.open("wb") as f:
        f.truncate(rules.MAX_ATTACHMENT_BYTES + 1)
    assert _drop(panel, [video])
    assert not panel.error.isHidden() and "walkthrough.mp4" in panel.error.text()
    assert len(AttachmentService(window.db).list_attachments(entry.id)) == 1

    prompts.confirms.append(True)
    panel.remove_button.click()
    assert AttachmentService(window.db).list_attachments(entry.id) == []
    changes = HistoryService(window.db).list_changes(HistoryFilter(program_key=own.key)).rows
    assert [(c.old_value, c.new_value) for c in changes if c.field == "attachment"] == [
        ("site.jpg", None),
        (None, "site.jpg"),
    ]


def test_open_hands_the_viewer_a_copy_with_the_same_bytes_and_save_writes_one(
    window: Any, prompts: Any, tmp_path: Path
) -> None:
    own = _own_program(window)
    entry = ProgramService(window.db).log_progress(
        own.key, "Agreement signed", attachments=[NewAttachment("signed agreement.pdf", MINUTES)]
    )
    window.open_program(own.key)
    detail = window.detail_view
    detail.tabs.setCurrentIndex(1)
    detail.timeline.setCurrentIndex(detail.progress_model.index(0, 0))
    detail.edit_entry.click()
    panel = window.last_dialog.attachments
    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True

    panel.open_button.click()
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "signed agreement.pdf"
    assert copy.read_bytes() == MINUTES

    panel.opener = lambda url: False  # no viewer for the kind of file
    panel.open_button.click()
    assert "signed agreement.pdf" in panel.error.text()

    target = tmp_path / "kept" / "agreement copy.pdf"
    target.parent.mkdir()
    prompts.save_paths.append(str(target))
    panel.save_button.click()
    assert target.read_bytes() == MINUTES
    assert prompts.saves[-1][1].endswith("signed agreement.pdf")
    assert [a.name for a in AttachmentService(window.db).list_attachments(entry.id)] == ["signed agreement.pdf"]


def test_adding_and_removing_a_file_on_an_entry_are_undone_and_redone_one_step_each(
    window: Any, prompts: Any, tmp_path: Path
) -> None:
    own = _own_program(window)
    entry = ProgramService(window.db).log_progress(own.key, "Site visit")
    photo, minutes, notes = tmp_path / "site.jpg", tmp_path / "minutes.pdf", tmp_path / "notes.txt"
    photo.write_bytes(b"\xff\xd8\xff\xe0photo\xff\xd9")
    minutes.write_bytes(MINUTES)
    notes.write_bytes(b"notes")
    window.open_program(own.key)
    detail = window.detail_view
    detail.tabs.setCurrentIndex(1)
    detail.timeline.setCurrentIndex(detail.progress_model.index(0, 0))
    detail.edit_entry.click()
    panel = window.last_dialog.attachments
    service = AttachmentService(window.db)

    def names() -> list[str]:
        return sorted(a.name for a in service.list_attachments(entry.id))

    def shown() -> list[str]:
        return sorted(panel.files.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(panel.files.count()))

    prompts.opens.append(str(photo))
    panel.add_button.click()
    assert names() == ["site.jpg"]
    assert window.undo_stack.undoText() == "Attach site.jpg to Site visit"
    window.undo_stack.undo()
    assert names() == [] and shown() == []  # the open dialog follows
    window.undo_stack.redo()
    assert names() == ["site.jpg"] and shown() == ["site.jpg"]
    assert service.content(service.list_attachments(entry.id)[0].id) == b"\xff\xd8\xff\xe0photo\xff\xd9"

    # Two files dropped together come back out in one step.
    assert _drop(panel, [minutes, notes])
    assert names() == ["minutes.pdf", "notes.txt", "site.jpg"]
    window.undo_stack.undo()
    assert names() == ["site.jpg"]
    window.undo_stack.redo()
    assert names() == ["minutes.pdf", "notes.txt", "site.jpg"]

    # Removing is one step too, and undo brings the same bytes back.
    rows = [panel.files.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(panel.files.count())]
    panel.files.setCurrentRow(rows.index("minutes.pdf"))
    prompts.confirms.append(True)
    panel.remove_button.click()
    assert names() == ["notes.txt", "site.jpg"]
    assert window.undo_stack.undoText() == "Remove minutes.pdf from Site visit"
    window.undo_stack.undo()
    assert names() == ["minutes.pdf", "notes.txt", "site.jpg"] == shown()
    back = next(a for a in service.list_attachments(entry.id) if a.name == "minutes.pdf")
    assert service.content(back.id) == MINUTES and back.media_type == "application/pdf"
    window.undo_stack.redo()
    assert names() == ["notes.txt", "site.jpg"]

    # History keeps recording each of them.
    changes = HistoryService(window.db).list_changes(HistoryFilter(program_key=own.key)).rows
    minutes_changes = [
        (c.old_value, c.new_value)
        for c in reversed(changes)
        if c.field == "attachment"
        and "minutes.pdf"
        in (
            c.old_value,
            c.new_value,
        )
    ]
    added, removed = (None, "minutes.pdf"), ("minutes.pdf", None)
    assert minutes_changes == [added, removed, added, removed, added, removed]
