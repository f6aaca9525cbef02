"""Tools > Places…: the places as a tree, and the office's own added, renamed in place, moved and merged, each
saved at once; a program is then found by its place's new name, and refusals are dialogs in the user's language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.domain.enums import PlaceLevel
from app.domain.model import ProgramFilter
from app.services.places import PlaceService
from app.services.programs import ProgramDraft, ProgramService
from app.ui.models.lists import KeyRole
from app.ui.models.places import COL_LEVEL, COL_LOCAL, COL_NAME, COL_PROGRAMS, PlaceTreeModel
from app.ui.places_dialog import AddPlaceForm, ChoosePlaceForm, PlacesDialog


def _open(window: Any) -> PlacesDialog:
    tools = window.menu("tools")
    action = next(a for a in tools.actions() if a.objectName() == "actionPlaces")
    action.trigger()
    dialog = window.places_actions.dialog
    assert isinstance(dialog, PlacesDialog) and dialog.isVisible()
    return dialog


def _row(dialog: PlacesDialog, key: str) -> dict[int, str]:
    index = dialog.model.index_of(key)
    assert index.isValid(), key
    return {col: index.siblingAtColumn(col).data() for col in (COL_NAME, COL_LOCAL, COL_LEVEL, COL_PROGRAMS)}


def _path_names(model: PlaceTreeModel, index: QModelIndex) -> list[str]:
    names = []
    while index.isValid():
        names.append(index.siblingAtColumn(COL_NAME).data())
        index = index.parent()
    return list(reversed(names))


def _editor(dialog: PlacesDialog) -> QLineEdit:
    """The line editor open in the tree now (an earlier one may linger until it is deleted)."""
    editors = [e for e in dialog.tree.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _found(db: Any, text: str) -> set[str]:
    return {r.title for r in ProgramService(db).list_programs(ProgramFilter(text=text, is_case=False)).rows}


def test_the_tree_shows_places_under_their_parents_with_program_counts(
    window: Any, qtbot: Any, qtmodeltester: Any
) -> None:
    mapo = PlaceService(window.db).add_place("Mapo-gu", "마포구", "Seoul")
    ProgramService(window.db).create_program(ProgramDraft(title="Night market", place_id=mapo.id))
    dialog = _open(window)
    qtmodeltester.check(dialog.model)
    index = dialog.model.index_of(mapo.key)
    assert _path_names(dialog.model, index) == ["South Korea", "Seoul", "Mapo-gu"]
    assert _row(dialog, mapo.key) == {
        COL_NAME: "Mapo-gu",
        COL_LOCAL: "마포구",
        COL_LEVEL: "District",
        COL_PROGRAMS: "1",
    }
    # The case library's places are listed but cannot be edited; the office's can.
    seoul = dialog.model.index_of("KR-SEOUL")
    assert not seoul.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    dialog.tree.setCurrentIndex(seoul)
    assert not dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()
    dialog.tree.setCurrentIndex(index)
    assert dialog.rename_button.isEnabled() and dialog.move_button.isEnabled()


def test_add_a_place_inside_the_selected_one_and_undo_it(window: Any, qtbot: Any) -> None:
    dialog = _open(window)
    dialog.select("KR-SEOUL")
    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, AddPlaceForm)
    assert form.parent_picker.chosen_id() == dialog.current_place().id  # type: ignore[union-attr]
    form.name.setText("Mapo-gu")
    form.local.setText("마포구")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert not form.isVisible()
    added = dialog.current_place()
    assert added is not None and (added.name, added.path) == ("Mapo-gu", "South Korea > Seoul > Mapo-gu")
    assert _row(dialog, added.key)[COL_LEVEL] == "District"
    assert "Mapo-gu" in {p.name for p in PlaceService(window.db).list_places()}

    # A refused add keeps the form open and says why.
    dialog.select("KR-SEOUL")
    dialog.add_button.click()
    again = dialog.form
    assert isinstance(again, AddPlaceForm)
    again.name.setText("mapo-gu")
    again.buttons.button(again.buttons.StandardButton.Ok).click()
    assert again.isVisible()
    assert window.prompts.messages[-1] == ("error", "Places", "There is already a place 'mapo-gu' there")
    again.reject()

    dialog.undo_button.click()
    qtbot.waitUntil(lambda: not dialog.model.index_of(added.key).isValid())
    assert "Mapo-gu" not in {p.name for p in PlaceService(window.db).list_places()}
    dialog.redo_button.click()
    qtbot.waitUntil(lambda: dialog.model.index_of(added.key).isValid())


def test_rename_in_place_and_a_program_is_found_by_the_new_name(window: Any, qtbot: Any) -> None:
    mapo = PlaceService(window.db).add_place("Mapo", parent="Seoul", level=PlaceLevel.DISTRICT)
    ProgramService(window.db).create_program(ProgramDraft(title="Night market", place_id=mapo.id))
    dialog = _open(window)
    dialog.select(mapo.key)
    dialog.rename_button.click()
    editor = _editor(dialog)
    assert editor.text() == "Mapo"
    editor.setText("Mapo-gu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _row(dialog, mapo.key)[COL_NAME] == "Mapo-gu")
    assert dialog.current_place() is not None and dialog.current_place().key == mapo.key  # type: ignore[union-attr]
    assert _found(window.db, "mapo-gu") == {"Night market"}
    # The programs list of the window finds it by the new name too.
    window.show_view("programs")
    window.programs_view.search.setText("mapo-gu")
    qtbot.waitUntil(lambda: window.programs_view.model.rowCount() == 1, timeout=3000)

    # The local name, edited the same way; Undo puts the name back.
    dialog.tree.edit(dialog.model.index_of(mapo.key).siblingAtColumn(COL_LOCAL))
    editor = _editor(dialog)
    editor.setText("마포구")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _row(dialog, mapo.key)[COL_LOCAL] == "마포구")
    assert _found(window.db, "마포구") == {"Night market"}
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _row(dialog, mapo.key)[COL_LOCAL] == "")
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _row(dialog, mapo.key)[COL_NAME] == "Mapo")
    assert _found(window.db, "mapo-gu") == set()


def test_a_refused_rename_is_an_error_dialog_in_the_users_language(window: Any, qtbot: Any) -> None:
    from app.ui import language

    places = PlaceService(window.db)
    places.add_place("Mapo-gu", parent="Seoul")
    seocho = places.add_place("Seocho-gu", parent="Seoul")
    app = QApplication.instance()
    assert app is not None
    language.install_translations(app, QLocale("ko_KR"))
    dialog = _open(window)
    assert dialog.windowTitle() == "지역"
    assert dialog.model.index_of(seocho.key).siblingAtColumn(COL_LEVEL).data() == "구"
    assert not dialog.model.setData(dialog.model.index_of(seocho.key), "Mapo-gu")
    kind, title, text = window.prompts.messages[-1]
    assert (kind, title, text) == ("error", "지역", "그곳에 이미 'Mapo-gu' 지역이 있습니다")
    assert _row(dialog, seocho.key)[COL_NAME] == "Seocho-gu"


def test_move_a_place_into_another(window: Any, qtbot: Any) -> None:
    places = PlaceService(window.db)
    mapo = places.add_place("Mapo-gu", parent="Seoul")
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    dialog = _open(window)
    dialog.select(seogyo.key)
    dialog.move_button.click()
    form = dialog.form
    assert isinstance(form, ChoosePlaceForm)
    choices = {form.picker.itemText(i) for i in range(form.picker.count())}
    assert "South Korea > Seoul > Dobong-gu (도봉구)" in choices
    assert not any(c.startswith("South Korea > Seoul > Mapo-gu > Seogyo-dong") for c in choices)  # not into itself
    dobong = next(p for p in dialog.model.places() if p.key == "KR-SEOUL-DOBONG")
    form.choose(dobong.id)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _path_names(dialog.model, dialog.model.index_of(seogyo.key))[-2] == "Dobong-gu")
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _path_names(dialog.model, dialog.model.index_of(seogyo.key))[-2] == "Mapo-gu")


def test_merge_a_place_into_another_after_asking(window: Any, qtbot: Any) -> None:
    places = PlaceService(window.db)
    dup = places.add_place("Mapo", "마포", "Seoul", level=PlaceLevel.DISTRICT)
    mapo = places.add_place("Mapo-gu", "마포구", "Seoul")
    ProgramService(window.db).create_program(ProgramDraft(title="Night market", place_id=dup.id))
    ProgramService(window.db).create_program(ProgramDraft(title="Alley gardens", place_id=mapo.id))
    dialog = _open(window)
    dialog.select(dup.key)

    # Saying No leaves both places.
    window.prompts.confirms.append(False)
    dialog.merge_button.click()
    form = dialog.form
    assert isinstance(form, ChoosePlaceForm)
    form.choose(mapo.id)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert window.prompts.messages[-1][0] == "confirm"
    assert "cannot be undone" in window.prompts.messages[-1][2]
    assert dialog.model.index_of(dup.key).isValid()
    form.reject()

    window.prompts.confirms.append(True)
    dialog.merge_button.click()
    form = dialog.form
    assert isinstance(form, ChoosePlaceForm)
    form.choose(mapo.id)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert not dialog.model.index_of(dup.key).isValid()
    assert _row(dialog, mapo.key)[COL_PROGRAMS] == "2"
    assert dialog.current_place() is not None and dialog.current_place().key == mapo.key  # type: ignore[union-attr]
    assert "Merged Mapo into South Korea > Seoul > Mapo-gu: 1 programs" in dialog.status.text()
    assert _found(window.db, "마포구") == {"Night market", "Alley gardens"}


def test_screenshots_of_the_places_dialog(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """Renders the dialog to PNG files (English and Korean) for a person to look at: set PLACES_SHOTS=folder."""
    from app.ui import language

    places = PlaceService(window.db)
    mapo = places.add_place("Mapo-gu", "마포구", "Seoul")
    places.add_place("Seogyo-dong", "서교동", mapo.key)
    places.add_place("Chang-dong", "창동", "Dobong-gu")
    ProgramService(window.db).create_program(ProgramDraft(title="Night market", place_id=mapo.id))
    folder = Path(os.environ.get("PLACES_SHOTS") or tmp_path)
    dialog = _open(window)
    dialog.select(mapo.key)
    assert dialog.grab().save(str(folder / "places-en.png"))
    dialog.close()
    app = QApplication.instance()
    assert app is not None
    language.install_translations(app, QLocale("ko_KR"))
    window.places_actions.show_places()
    korean = window.places_actions.dialog
    assert korean is not None and korean is not dialog
    korean.select(mapo.key)
    assert korean.add_button.text() == "추가(&A)…"
    assert korean.grab().save(str(folder / "places-ko.png"))
    form = korean.open_add_form()
    assert form.windowTitle() == "지역 추가"
    assert form.grab().save(str(folder / "places-add-ko.png"))
    form.reject()
    move = korean.open_move_form()
    assert move is not None
    assert move.grab().save(str(folder / "places-move-ko.png"))
    move.reject()
    assert [korean.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "이름",
        "현지 이름",
        "단계",
        "사업",
    ]
    assert korean.model.index_of("KR-SEOUL").data(KeyRole) == "KR-SEOUL"


def test_moving_or_merging_a_place_names_it_in_the_readers_language(window: Any, qtbot: Any) -> None:
    from app import config
    from app.ui import language

    places = PlaceService(window.db)
    mapo = places.add_place("Mapo-gu", "마포구", "Seoul")
    config.save_preferences(config.Preferences(language="ko"))
    app = QApplication.instance()
    assert app is not None
    language.start(app)
    dialog = _open(window)
    dialog.select(mapo.key)
    move = dialog.open_move_form()
    assert move is not None
    label = move.findChild(QLabel)
    assert move.windowTitle().startswith("마포구") or "마포구" in move.windowTitle()
    assert label is not None and "대한민국 > 서울특별시 > 마포구" in label.text() and "Seoul" not in label.text()
    move.reject()
    merge = dialog.open_merge_form()
    assert merge is not None
    merge_label = merge.findChild(QLabel)
    assert merge_label is not None and "대한민국 > 서울특별시 > 마포구" in merge_label.text()
    merge.reject()


def _children(dialog: PlacesDialog, key: str) -> list[str]:
    parent = dialog.model.index_of(key)
    return [dialog.model.index(row, COL_NAME, parent).data() for row in range(dialog.model.rowCount(parent))]


def test_the_tree_orders_places_by_the_name_the_reader_sees_first(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """The tree sorted by English name for every reader: Dobong-gu before Gangdong-gu to a Korean reader, who
    reads 강동구 before 도봉구, as `places list` orders them (domain/places.path_order)."""
    from app.ui import language

    places = PlaceService(window.db)
    macau = places.add_place("Macau", "澳门", "CN")
    hong_kong = places.add_place("Hong Kong", "香港", "CN")
    dialog = _open(window)
    seoul = _children(dialog, "KR-SEOUL")
    assert seoul.index("Dobong-gu") < seoul.index("Gangdong-gu")  # an English reader: as the names read
    assert _children(dialog, "CN").index("Hong Kong") < _children(dialog, "CN").index("Macau")

    monkeypatch.setattr(language, "_language", "ko")
    dialog.reload()
    seoul = _children(dialog, "KR-SEOUL")
    assert seoul.index("Gangdong-gu") < seoul.index("Dobong-gu")  # 강동구 before 도봉구
    dialog.select(macau.key)
    move = dialog.open_move_form()  # its list of places in the tree's order
    assert move is not None
    choices = [move.picker.itemText(i) for i in range(move.picker.count())]
    move.reject()
    gangdong, dobong = (
        choices.index(f"대한민국 > 서울특별시 > {name}") for name in ("강동구 (Gangdong-gu)", "도봉구 (Dobong-gu)")
    )
    assert gangdong < dobong
    monkeypatch.setattr(language, "_language", "zh_CN")
    dialog.reload()
    china = _children(dialog, "CN")
    assert china.index("Macau") < china.index("Hong Kong")  # 澳门 (Aomen) before 香港 (Xianggang), by pinyin
    # what stays: a place under its parent, the selection kept through the reload
    dialog.select(macau.key)
    dialog.reload()
    assert dialog.current_place() is not None and dialog.current_place().key == macau.key  # type: ignore[union-attr]
    assert _path_names(dialog.model, dialog.model.index_of(hong_kong.key)) == ["China", "Hong Kong"]


def test_every_list_of_places_in_the_window_is_in_the_readers_order(qtbot: Any, monkeypatch: Any) -> None:
    """The program page's place picker and the other place lists sorted by the English path: a Korean reader
    found 도봉구 before 강동구. They follow the Places editor's order now (texts.in_reading_order)."""
    from app.domain.model import Place
    from app.ui import language
    from app.ui.widgets import PlacePicker

    def place(pid: int, name: str, local: str) -> Place:
        chain = (("South Korea", "대한민국"), ("Seoul", "서울특별시"), (name, local))
        return Place(pid, f"KR-{pid}", name, local, PlaceLevel.DISTRICT, 1, "South Korea > Seoul > " + name, chain)

    places = [place(2, "Dobong-gu", "도봉구"), place(3, "Gangdong-gu", "강동구")]
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.set_places(places)
    assert [picker.itemData(i) for i in range(1, picker.count())] == [2, 3]  # English: Dobong-gu first
    monkeypatch.setattr(language, "_language", "ko")
    picker.set_places(places)
    assert [picker.itemData(i) for i in range(1, picker.count())] == [3, 2]  # 강동구 before 도봉구
    assert picker.itemText(1).startswith("대한민국 > 서울특별시 > 강동구")
