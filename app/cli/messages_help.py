"""The words of `--help` and of argparse's usage errors, in English, Korean and Chinese.

Every help text and description of a command or option is a code here, filled in the command's language by
``help_text`` (the language is resolved before the parser is built: core.main). argparse's own words
("usage:", "options", "the following arguments are required") are translated by ``argparse_words``, which
stands in for argparse's gettext while the command line parses. The Korean and Chinese tables are in
messages_help_ko.py and messages_help_zh_cn.py; the terms are those of docs/glossary.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from app.cli.common import language

# Code -> English help text. argparse formats help with %, so a literal percent sign is written %%.
ENGLISH: dict[str, str] = {
    # -- the command line itself and the options every command shares
    "main.description": "Track civic programs, their tasks, progress and indicators; browse the case library.",
    "main.version": "show the version and build date and exit",
    "main.db": "database URL (default: ${variable}, else a SQLite file in the user data folder)",
    "main.lang": "language of messages, help and human-readable output (default: the language in Preferences, "
    "else the system's); --json output is the same in every language",
    "option.json": "print JSON",
    "option.json_readme": "print JSON (see README)",
    "option.cases": "only the case library",
    "option.own": "only the office's own programs",
    # -- the filters that report and export share (filters.py)
    "filter.program": "only this program (repeat for several)",
    "filter.place": "only programs in this place or the places under it",
    "list.separator": ", ",  # between the items of a list in a help text
    "filter.status": "only programs with this status (repeat for several): {statuses}",
    # -- gui
    "gui": "open the main window (the default)",
    "gui.screenshot": "render a view offscreen to a PNG and exit (needs no display)",
    "gui.view": "the view to open: programs, cases, tasks, progress, dashboard, my-tasks, program:KEY[#TAB], "
    "timeline:KEY or person:NAME",
    # -- db
    "db": "database maintenance",
    "db.upgrade": "migrate the database to the newest schema",
    "db.current": "show the schema revision",
    "db.backup": "write a checked copy of the SQLite file",
    "db.backup.path": "where to write it (default: the backups folder beside the file, and the second backup folder)",
    "db.second_folder": "show or set the folder every backup is copied to as well (${variable} wins)",
    "db.second_folder.folder": "another disk or a network share",
    "db.second_folder.off": "copy backups nowhere else",
    "db.backups": "list the backups of the SQLite file with date, size and whether they were checked",
    "db.restore": "restore a backup (the current state is backed up first; a damaged file is kept aside)",
    "db.restore.backup": "a name from 'db backups', a path, or 'newest'",
    # -- seed
    "seed": "load or update the case library",
    # -- programs
    "programs": "list or show programs",
    "programs.list": "list programs",
    "programs.list.search": "only programs matching TEXT as in the app's search box: every word (or part of one), "
    "in any case, in the key, title, local title, summary, place path, organizations or themes",
    "programs.show": "show one program with everything that belongs to it",
    "programs.show.key": "the program's key",
    "programs.new": "start a program of the office: blank, or from a case (its tasks as work to do, its indicators "
    "without values)",
    "programs.new.title": "the program's title",
    "programs.new.from_case": "a case of the library to start from (see: programs list --cases)",
    "programs.new.place": "where: a place's key or name (see: places list)",
    "programs.new.start": "when it starts: 2027, 2027-03 or 2027-03-01",
    "programs.new.lead": "the lead organization: a key or name; a new name becomes an organization of the office",
    "programs.new.key": "the program's key (default: made from the title)",
    "programs.new.json": "print the new program as JSON (as programs show --json)",
    # -- progress
    "progress": "log progress on a program or one of its tasks",
    "progress.add": "log what happened; a percent on a task moves the task (more than 0%% starts it, 100%% "
    "completes it)",
    "progress.add.key": "the program's key",
    "progress.add.title": "what happened",
    "progress.add.task": "the task it is about (see: programs show KEY)",
    "progress.add.percent": "the task's (or the program's) percent complete now, 0 to 100",
    "progress.add.date": "when it happened (default: today): 2027-03-14, 2027-03 or 2027",
    "progress.add.note": "more about it",
    "progress.add.author": "who writes it (default: the database's user)",
    "progress.add.attach": "files to keep with the entry (minutes, photos, signed documents; at most 50 MB each)",
    "progress.add.json": "print what was logged as JSON",
    "progress.attachment": "write a file attached to a progress entry back to disk",
    "progress.attachment.program": "the program's key",
    "progress.attachment.name": "the attached file's name",
    "progress.attachment.entry": "the progress entry's id, when several entries hold a file of that name",
    "progress.attachment.output": "where to write the file",
    "progress.attachment.json": "print what was written as JSON",
    # -- tasks
    "tasks": "list tasks across programs",
    "tasks.list": "list the tasks of the office's own programs, soonest due first",
    "tasks.list.owner": "only tasks of this owner (name or local name, any case)",
    "tasks.list.program": "only tasks of this program",
    "tasks.list.overdue": "only overdue tasks: due before today, not completed or cancelled",
    "tasks.list.due_within": "only open tasks due within DAYS days (overdue ones included)",
    # -- people
    "people": "list people, or anonymise one",
    "people.list": "list the people of the office (task owners, progress authors)",
    "people.add": "add a person, or fill in one already there (found by name or local name)",
    "people.add.name": "the name as the person writes it",
    "people.add.local": "the name in Hangul or Chinese characters",
    "people.add.department": "the department: an organization's key or name",
    "people.add.contact": "contact details (optional)",
    "people.anonymise": "replace a person's name in tasks, progress and history (on request; cannot be undone)",
    "people.anonymise.name": "the person's name or local name",
    # -- places
    "places": "list the places the app knows; add, rename, move or merge the office's own",
    "places.list": "every place, with the places above it",
    "places.list.json": "print JSON: key, name, name_local, level, parent, path",
    "places.add": "add a place (a district or neighbourhood the office works in)",
    "places.add.name": "the place's name in English (Mapo-gu)",
    "places.add.local": "its name in the local language (마포구)",
    "places.add.parent": "the place it is in: a key or a name (Seoul)",
    "places.add.level": "what kind of place (default: what its name says, or the level below its parent)",
    "places.office_only": "{what} (a place of the office: the case library's places are kept as its sources name them)",
    "places.rename": "give a place another English name",
    "places.place": "the place: a key or a name",
    "places.rename.new_name": "its new English name",
    "places.local": 'set a place\'s name in the local language ("" clears it)',
    "places.local.name": "its local name (마포구); empty to clear it",
    "places.move": "put a place inside another one",
    "places.move.parent": "the place to put it in: a key or a name",
    "places.merge": "merge a place into another: its programs, organizations and places move, then it goes",
    "places.merge.place": "the place to merge away: a key or a name",
    "places.merge.into": "the place that remains: a key or a name",
    # -- export, import, undo-import
    "export": "write a meeting workbook (.xlsx)",
    "export.description": "Write the meeting workbook: Summary, Programs, Tasks, Progress, Indicators, Sources, "
    "Charts and How to edit. Edit it in Excel or LibreOffice and bring it back with 'import'.",
    "export.file": "where to write it (a folder: use the default name)",
    "export.since": "the Summary lists progress since this date (2024-03-01, 2024.3.1, or 7d for the last 7 days)",
    "export.history": "add a History sheet of every recorded change",
    "import": "import an edited workbook or a spreadsheet (.xlsx .xlsm .xls .ods .csv)",
    "import.description": "Update and create programs, tasks, progress entries and indicator values from a "
    "workbook. Everything is checked first; any error means nothing is written.",
    "import.file": "a .xlsx, .xlsm, .xls, .ods or .csv file",
    "import.dry_run": "only show what would change",
    "import.sheet": "read only this sheet",
    "import.mapping": "use a saved column mapping (saved from the app)",
    "import.skip_row": "skip row N of the sheet (repeatable)",
    "import.include_row": "read row N although it looks like a total or a note (repeatable)",
    "import.place_in": "make the place NAME the app does not know a new place inside PLACE (repeatable)",
    "import.place_is": "read the place NAME as the existing place PLACE (repeatable)",
    "import.save_mapping": "keep how the office's sheet was read (columns, places) as NAME, for --mapping NAME",
    "import.limit": "how many changes and errors to list (default 50)",
    "import.undo_last": "undo the last import instead",
    "undo_import": "undo the last import",
    # -- report
    "report": "print a program's report, or a meeting brief of several programs, to a PDF file",
    "report.description": "One program: its title block, task tree, progress since --since, indicator charts and "
    "sources. Several programs: a meeting brief (a line per program, overdue tasks, progress since --since), "
    "then a page per program. Headings are in the --lang language.",
    "report.file": "the PDF file to write",
    "report.since": "list progress since DATE (2024-03-01, 2024.3.1, or 7d; default: the last 30 days)",
    # -- history
    "history": "who changed what and when",
    "history.program": "only this program (with its tasks, progress, indicators)",
    "history.since": "from this day on (2024-03-01, 2024.3.1, 2024-03-01T09:30, or 7d for the last 7 days)",
    "history.person": "only changes made by this person",
    "history.kind": "only this kind of change (repeatable)",
    "history.record": "only changes of this kind of record (repeatable)",
    "history.limit": "at most this many changes, newest first",
    # -- trash
    "trash": "list, restore or empty the trash",
    "trash.list": "what is in the trash",
    "trash.restore": "bring an item back whole",
    "trash.restore.kind": "the kind of item",
    "trash.restore.id": "the number shown by 'trash list'",
    "trash.empty": "delete everything in the trash for good",
    "trash.empty.yes": "really do it (otherwise only says what it would do)",
}


def tables(lang: str) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The help table and argparse's words in ``lang``; English has no argparse table (its words are English)."""
    if lang == "ko":
        from app.cli import messages_help_ko

        return messages_help_ko.KOREAN, messages_help_ko.ARGPARSE
    if lang == "zh_CN":
        from app.cli import messages_help_zh_cn

        return messages_help_zh_cn.CHINESE, messages_help_zh_cn.ARGPARSE
    return ENGLISH, {}


def help_text(code: str, **params: Any) -> str:
    """The help text ``code`` in the command's language (English where a table lacks it)."""
    template = tables(language())[0].get(code) or ENGLISH[code]
    return template.format(**params) if params else template


@contextmanager
def argparse_words(lang: str) -> Iterator[None]:
    """While the parser is built and parses, argparse speaks ``lang``: its gettext lookups ("usage: ",
    "options", error sentences) go to our table, and any msgid the table lacks stays English.

    argparse looks up its module-level ``_`` and ``ngettext`` each time it speaks (3.11 to 3.14 alike), so
    standing in for them reaches every word without copying argparse's methods; they are put back after."""
    words = tables(lang)[1]
    if not words:
        yield
        return

    def gettext(msgid: str) -> str:
        return words.get(msgid, msgid)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return words.get(singular if n == 1 else plural, singular if n == 1 else plural)

    saved = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    setattr(argparse, "_", gettext)  # noqa: B010 (a name mypy does not know argparse has)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(argparse, name, value)
