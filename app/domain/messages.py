"""Messages below the UI: a code and its parameters. The English sentence is one rendering of it.

Services, the importer and the rules raise or report a ``Message``; the English text comes from
``ENGLISH`` here, and a translated interface renders the same code and parameters in its own language.
Parameters stay raw values (numbers, keys, dates) so that each language formats them its own way; a
parameter may be another ``Message`` (a cell's problem inside an import error), rendered in the same language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

ENGLISH: dict[str, str] = {
    # rules.py: values a user types
    "key.invalid": (
        "{what} '{key}' must be 1 to 64 letters A–Z, digits, '-', '_' or '.', starting with a letter or digit"
    ),
    "title.empty": "Title cannot be empty",
    "title.invisible": "Title shows nothing: it has only spaces or invisible characters",
    "title.too_long": "Title is longer than {limit:,} characters",
    "percent.out_of_range": "Percent complete {value:g} is outside 0 to 100",
    "weight.negative": "Weight {value:g} cannot be negative",
    "weight.too_large": "Weight {value:g} is larger than the largest weight the app takes, {limit:,g}",
    "range.end_before_start": "The end ({end}) is before the start ({start})",
    "task.too_deep": (
        "This task would be {depth} levels deep; tasks go at most {limit} levels deep "
        "(action plan, unit task and {below} levels below), so that every level can be shown and printed"
    ),
    "task.under_itself": "A task cannot be moved under itself",
    "text.broken_character": (
        "{field} has a character that is not valid text, at character {position} ('{text}'); "
        "retype it (text copied from a file in another encoding can bring one)"
    ),
    "text.broken_character_given": (
        "The text '{text}' has a character that is not valid text, at character {position}; "
        "retype it (text copied from a file in another encoding can bring one)"
    ),
    # the case library
    "case.read_only": (
        "Program '{key}' is a case of the library, kept as its sources state it; "
        "it cannot be changed here (start a program of your own from the case instead)"
    ),
    # dates.py: a partial date as people write it
    "date.year_out_of_range": "Year {year} is out of range",
    "date.decade_form": "A decade is written like 2000s",
    "date.decade_qualifier": "Decade qualifier must be one of {allowed}",
    "date.qualifier_without_decade": "Only a decade can be early, mid or late",
    "date.month_out_of_range": "Month {month} is not between 1 and 12",
    "date.day_without_month": "A day needs a month",
    "date.no_such_day": "Day {day} does not exist in {year}-{month:02d}",
    "date.wrong_in": "'{text}': {problem}",
    "date.empty": "Empty date",
    "date.ambiguous": "'{text}' is ambiguous: day and month could be either way round; write it as {year}-MM-DD",
    "date.unreadable": "'{text}' is not a date; use a year (2015), year and month (2015-03) or a day (2015-03-01)",
    # services/places.py: places of the office
    "place.name_empty": "A place needs a name",
    "place.unknown_parent": "There is no place '{parent}' to put it under; see: civic-tracker places list",
    "place.parent_ambiguous": "More than one place is called '{parent}' ({keys}); give the key of the one you mean",
    "place.level_unknown": (
        "Cannot tell what kind of place '{name}' is; give --level (country, province, city, district or neighbourhood)"
    ),
    "place.exists": "There is already a place '{name}' there",
    "place.unknown": "There is no place '{place}'; see: civic-tracker places list",
    "place.seeded": (
        "'{name}' is a place of the case library, kept as its sources name it; it cannot be renamed, moved, "
        "merged or deleted (add a place of the office instead)"
    ),
    "place.under_itself": "'{name}' cannot be put under itself or under a place inside it ('{parent}')",
    "place.level_mismatch": (
        "A {level} cannot be inside a {parent_level} ('{parent}'); a place goes inside a larger one"
    ),
    "place.merge_into_itself": "'{name}' cannot be merged into itself or into a place inside it ('{into}')",
    "place.in_use": (
        "'{name}' cannot be deleted: {programs} programs, {organizations} organizations and {places} places are in it"
    ),
    "place_level.country": "country",
    "place_level.province": "province",
    "place_level.city": "city",
    "place_level.district": "district",
    "place_level.neighbourhood": "neighbourhood",
    # enums.py: fixed vocabularies
    "status.unknown": "Status '{text}' is not one of: {allowed}",
    "status.unknown_local": "Status '{text}' is not a status word the app knows; it takes: {allowed}",
    # The status words an import accepts, as an unknown status lists them: each language names its own
    # (every word listed here is one Status.parse reads; tests/unit/test_status_words.py checks it).
    "status.accepted": "planned, active, on hold, completed, cancelled",
    "status.accepted_korean": (
        "planned (계획, 예정, 미착수), active (정상추진, 추진중, 진행중, 지연), on hold (보류, 중단), "
        "completed (완료, 준공), cancelled (취소)"
    ),
    "status.accepted_chinese": (
        "planned (计划, 未启动), active (进行中, 正常推进, 推进中, 滞后), on hold (暂停, 搁置), "
        "completed (已完成, 完成), cancelled (已取消)"
    ),
    # excel/cells.py: what a cell holds
    "cell.not_a_date": "'{text}' is not a date",
    "cell.not_a_date_serial": "{serial:g} is not an Excel date serial number",
    "cell.number_not_a_date": (
        "'{text}' is not a date (a number is read as a year such as 2015, or as an Excel date number)"
    ),
    # amounts' units, in the reader's words (domain/budget.unit_said)
    "list.more": "{first}, {rest}",  # a list said item by item (budget.units_said)
    "import.value_key": "{key} {period} {kind}",  # an indicator value in the change list
    "money.krw": "KRW",
    "money.cny": "CNY",
    "money.usd": "USD",
    "money.krw_scaled": "KRW {scale}",
    "money.cny_scaled": "CNY {scale}",
    "money.usd_scaled": "USD {scale}",
    "money.scale_thousand": "thousand",
    "money.scale_10_thousand": "10 thousand",
    "money.scale_million": "million",
    "money.scale_10_million": "10 million",
    "money.scale_100_million": "100 million",
    "import.as_of_stated": "percents and amounts dated {date}, the sheet's reference date",
    "import.as_of_today": (
        "percents and amounts dated {date}, today: the sheet states no reference date (a title row such as "
        "기준일: 2024. 3. 31.)"
    ),
    "import.nul_dropped": "(A NUL byte, which no text holds, was dropped on line {lines} of the file.)",
    "cell.not_a_number": "{what} '{text}' is not a number",
    "cell.what_percent": "Percent",
    "cell.percent_out_of_range": "Percent '{text}' is outside 0% to 100%",
    "cell.unknown_sector": "Sector '{text}' is not one of: {allowed}",
    "cell.unknown_kind": "Kind '{text}' is not one of: {allowed}",
    "cell.unknown_direction": "Direction '{text}' is not one of: {allowed}",
    "cell.not_an_id": "Entry ID '{text}' is not a whole number",
    "cell.text_too_long": "Text of {length:,} characters is longer than {limit:,}",
    # importing/reading.py: a bad cell, and what its column accepts
    "cell.invalid": "{problem} (accepted: {accepts})",
    "accepts.date": (
        "a year (2015), a year and month (2015-03) or a day (2015-03-01, 2015.3.1, 2015년 3월 1일, 2015年3月1日)"
    ),
    "accepts.percent": "0% to 100%, as 45% or 0.45",
    "accepts.number": "a number such as 1234.5 or 1,234.5",
    # keys given by hand
    "program.key_taken": "Program key '{key}' is already used",
    "task.key_taken": "Task key '{key}' is already used",
    "indicator.key_taken": "Indicator key '{key}' is already used",
    # services/programs.py: programs, tasks, progress entries and indicators
    "program.unknown_sort": "Cannot sort by '{sort}'; choose one of {allowed}",
    "program.unknown_fields": "Unknown program field(s): {fields}",
    "program.not_found": "No program with key '{key}'",
    "program.id_not_found": "No program with id {id}",
    "program.not_in_trash": "Program '{key}' is not in the trash",
    "task.unknown_fields": "Unknown task field(s): {fields}",
    "task.not_found": "Task {id} does not exist",
    "task.not_in_trash": "Task {id} is not in the trash",
    "task.parent_in_other_program": "A unit task must belong to the same program as its action plan",
    "task.move_to_other_program": "A task can only move within its program",
    "progress.task_of_other_program": "That task belongs to another program",
    "progress.not_found": "Progress entry {id} does not exist",
    "person.not_found": "Nobody of that name: '{name}' (civic-tracker people list shows who there is)",
    "person.already_anonymised": "{name} is already anonymised",
    "organization.not_named": "No organization with the key or name '{text}'",
    "progress.not_in_trash": "Progress entry {id} is not in the trash",
    "indicator.unknown_fields": "Unknown indicator field(s): {fields}",
    "indicator.not_found": "Indicator {id} does not exist",
    "indicator.not_in_trash": "Indicator {id} is not in the trash",
    "indicator_value.not_found": "Indicator value {id} does not exist",
    "place.not_found": "Place {id} does not exist",
    "organization.not_found": "Organization {id} does not exist",
    "organization.name_empty": "Organization name cannot be empty",
    "case.not_a_case": "'{key}' is not a case-library program",
    # services/programs.py: an edit based on what somebody else has changed since
    "program.changed_by_other": (
        "Program '{key}' was changed by someone else since you opened it. "
        "Your edit was not saved; reload to see their change."
    ),
    "program.changed_by_other_since": (
        "Program '{key}' was changed by someone else since you opened it. {last} "
        "Your edit was not saved; reload to see their change."
    ),
    "task.changed_by_other": (
        "Task '{title}' was changed by someone else since you opened it. "
        "Your edit was not saved; reload to see their change."
    ),
    "task.changed_by_other_since": (
        "Task '{title}' was changed by someone else since you opened it. {last} "
        "Your edit was not saved; reload to see their change."
    ),
    "indicator.changed_by_other": "Indicator '{name}' was changed by someone else; reload and try again",
    # the last save of the record, as the conflict names it; changes: that save's fields, as the history shows them
    "change.last_by": "{actor} changed it at {at} ({changes}).",
    "change.last_by_someone": "Someone changed it at {at} ({changes}).",
    # the import: a row that cannot be planned
    "import.listed_twice": "'{value}' appears twice (also on row {row}); each row must be a different one",
    "import.needs_program_key": "A new row needs a Program key",
    # a place an office's sheet adds, with its level (place_level.*) and the place it goes in, named as the reader
    # reads it (app/domain/names.py first_name)
    "import.new_place": "{name} ({level} in {parent})",
    "import.no_program": "No program with key '{key}' (in the app or on the Programs sheet)",
    "import.no_program_titled": (
        "No program with key '{text}'; write the program's key (as on the Programs sheet, e.g. {example})"
    ),
    "import.programs_titled": (
        "{count} programs are titled '{title}' ({keys}); write the program's key (as on the Programs sheet)"
    ),
    "import.no_task": "No task with key '{key}'",
    "import.task_of_other_program": "Task '{key}' belongs to program '{owner}', not '{given}'",
    # the import: the Programs sheet
    "import.unknown_place": (
        "Place '{place}' is not a place the app knows; choose where it goes under Places in the import preview, "
        "or add it in Tools > Places first"
    ),
    # the place the user chose for a sheet's place name (ColumnMapping.places) is gone or misspelt
    "import.chosen_place_unknown": (
        "There is no place '{place}' to read '{name}' as or put it in; add it first in Tools > Places "
        "(or: civic-tracker places add)"
    ),
    "import.programs_share_title": "{count} programs are titled '{title}' ({keys}); add a Key column to say which one",
    "import.program_in_trash": "Program '{key}' is in the trash; restore it in the app first",
    "import.program_needs_title": "A new program needs a Title",
    # the import: the Tasks sheet
    "import.task_in_trash": "Task '{key}' is in the trash; restore it in the app first",
    "import.task_cannot_change_program": (
        "Task '{key}' belongs to program '{program}'; a task cannot move to another program by import"
    ),
    "import.task_cannot_move": "Task '{key}' is under '{parent}'; move tasks in the app",
    "import.top_task_cannot_move": "Task '{key}' is under 'no parent'; move tasks in the app",
    "import.task_needs_title": "A new task needs a Title",
    "import.tasks_share_title": (
        "{count} tasks of program '{program}' are titled '{title}' ({keys}); "
        "fill in the Task key column to say which one"
    ),
    # the import: the Progress sheet
    "import.no_progress_entry": "There is no progress entry {id}; leave Entry ID empty to add one",
    "import.progress_in_trash": "Progress entry {id} is in the trash; restore it in the app first",
    "import.entry_cannot_change_program": "Entry {id} belongs to program '{program}'; it cannot move by import",
    "import.progress_needs_date": "A new progress entry needs a Date",
    "import.progress_needs_title": "A new progress entry needs a Title",
    # the import: the Indicators sheet
    "import.indicator_in_trash": "Indicator '{key}' is in the trash",
    "import.indicators_share_name": (
        "{count} indicators of program '{program}' are named '{name}' ({keys}); "
        "fill in the Indicator key column to say which one"
    ),
    "import.indicator_of_other_program": "Indicator '{key}' belongs to program '{program}'",
    "import.indicator_name_differs": (
        "Indicator '{key}' has name '{first}' on row {row} of sheet '{sheet}' but '{here}' here; "
        "make every row of one indicator say the same"
    ),
    "import.indicator_unit_differs": (
        "Indicator '{key}' has unit '{first}' on row {row} of sheet '{sheet}' but '{here}' here; "
        "make every row of one indicator say the same"
    ),
    "import.indicator_needs_name": "A new indicator needs its name in the Indicator column",
    "import.value_needs_period": "A value needs its Period (a year such as 2015, or 2015-03)",
    "import.value_needs_value": "A new indicator value needs a Value",
    # the import: a change made in the app since the export
    "import.someone": "someone",  # who changed a cell, when the change record names nobody
    "import.conflict": (
        "{column} was changed to '{current}' by {actor} on {at} after this workbook was exported "
        "(it was '{exported}'), and this row changes it too; export a fresh workbook, or make the change in the app"
    ),
    "import.unstamped_one": (
        "{count:,} changed row carries no export stamp, as in a sheet made by hand: its values are taken "
        "as written, even over changes colleagues made since"
    ),
    "import.unstamped": (
        "{count:,} changed rows carry no export stamp, as in a sheet made by hand: their values are taken "
        "as written, even over changes colleagues made since"
    ),
    "import.status_sentences_one": (
        "{count:,} cell of {column} is a sentence, not a status word: it is added to its program's "
        "description as written, and the program's status is left as it was (a new program is planned)"
    ),
    "import.status_sentences": (
        "{count:,} cells of {column} are sentences, not status words: each is added to its program's "
        "description as written, and the program's status is left as it was (a new program is planned)"
    ),
    # the import: a cell of a column the app works out itself (layout.Column.instead), typed over
    "import.not_read": "'{value}' was not imported: {why}",
    "import.notices_one": "{count:,} cell was not imported, as its column is worked out by the app (see the notices)",
    "import.notices": "{count:,} cells were not imported, as their columns are worked out by the app (see the notices)",
    # the import as a whole
    "import.no_such_sheet": "{file}: there is no sheet '{sheet}' (it has: {sheets})",
    "import.nothing_to_import": "{file}: the workbook has no data to import (it is empty)",
    "import.no_header_row": (
        "{file}: sheet '{sheet}': no header row found; could not match the required column(s) {columns}"
    ),
    "import.columns_unmatched": (
        "{file}: sheet '{sheet}' (header row {row}): could not match the required column(s) {columns}; found {found}"
    ),
    "import.columns_unmatched_none_found": (
        "{file}: sheet '{sheet}' (header row {row}): could not match the required column(s) {columns}; found none"
    ),
    "import.unmatched_as_programs": (
        "{problem}. That is what a list of programs needs; to import tasks, progress or indicators instead, "
        "name the sheet Tasks, Progress or Indicators and add a {column} ({aliases}) column"
    ),
    # rows of an office's sheet that are not records (importing/rows.py)
    "import.skipped_total": "a totals row",
    "import.skipped_note": "a note or footnote",
    "import.skipped_section": "a row of one cell across the table (a section title or note)",
    "import.skipped_header": "a header row repeated or a second header row",
    "import.skipped_blank": "a blank row",
    "import.skipped_chosen": "skipped as you chose",
    "import.reading_note_line": "A line of the note, as written",
    "import.reading_contact": "Person in charge (kept in the note)",
    "import.reading_row_numbers": "Row numbers",
    "import.column_part": "{header} ({part})",  # one column read as two fields: 사업기간 (Start)
    "import.reading_period": "Start and end (the whole period in one cell: 2024.1.~2024.12.)",
    "import.reading_sub_place": "Place inside the row's place (a neighbourhood of its district)",
    "import.budget_rate_differs": "The execution rate {rate}% does not match spent {spent} of budget {budget} "
    "({worked_out}%): correct the rate, the amount spent or the budget",
    "import.budget_unit_differs": "The indicator '{name}' of this program is in {stored}; this sheet gives {unit}, "
    "which cannot be converted: write the amounts in {stored}",
    "import.budget_negative": "A budget amount cannot be negative: '{value}'",
    "import.budget_no_currency": "no currency (the header, the places and the sheet's language name none)",
    "import.budget_read": "budget columns {columns} read as each program's indicator '{indicator}' "
    "(budget as plan, spent as actual) in {unit}, dated {as_of}",
    "import.budget_rate_fractions": "0.6 is 60%",
    "import.budget_rate_whole": "60 is 60%",
    "import.budget_rate_checked": "{reading}; the execution rate ({rule}) is checked against spent / budget, "
    "and gives spent where it is blank",
    "import.budget_rate_gives_spent": "{reading}; spent is worked out from budget x execution rate ({rule})",
    "import.budget_rate_gives_budget": "{reading}; the budget is worked out from spent / execution rate ({rule})",
    "cli.import.budget": "    {reading}",
    "workbook.header.budget": "Budget",
    "workbook.header.spent": "Spent",
    "workbook.header.execution_rate": "Execution rate",
    "import.cancelled": "Import cancelled; nothing was written",
    "import.entries_written_meanwhile": (
        "Another program wrote progress entries during the import; nothing was imported"
    ),
    "import.refused": "{first}; nothing was imported",
    "import.refused_one_more": "{first} (and 1 more error); nothing was imported",
    "import.refused_more": "{first} (and {more:,} more errors); nothing was imported",
    "import.refused_unread": "no sheet could be read; nothing was imported",
    "import.summary": "{created:,} to create, {updated:,} to update, {unchanged:,} unchanged, {errors}",
    "import.one_error": "{count:,} error",
    "import.errors": "{count:,} errors",
    "import.summary_one_missing": "{summary}; {missing:,} stored row not in the file (left alone)",
    "import.summary_missing": "{summary}; {missing:,} stored rows not in the file (left alone)",
    # store/urls.py: the database a URL names (the URL is repeated with its password masked)
    "database.url_unreadable": (
        "The database URL {url} cannot be read; use sqlite:////path/to/file.sqlite3 for a file "
        "or postgresql://user@host:port/database for a server"
    ),
    "database.url_backend": (
        "Civic Tracker opens SQLite files and PostgreSQL servers, not {backend} ({url}); "
        "use sqlite:////path/to/file.sqlite3 or postgresql://user@host:port/database"
    ),
    "database.driver_missing": (
        "The database URL {url} asks for the driver {driver}, which is not installed; "
        "write postgresql+psycopg:// to use the one Civic Tracker comes with"
    ),
    # services/database.py: starting on a shared server
    "server.tables_not_allowed": (
        "{database} has no tables yet, and the role {role} may not create them. "
        "Ask the administrator to run 'civic-tracker db upgrade' as the database owner."
    ),
    "server.upgrade_not_allowed": (
        "{database} is at schema {current} and this version needs {head}, but the role {role} may not upgrade it. "
        "Ask the administrator to run 'civic-tracker db upgrade' as the database owner."
    ),
    "server.upgrade_lock_wait": (
        "Waiting for another session to finish upgrading {database}: {holder} holds the upgrade lock "
        "(waiting at most {seconds} seconds)."
    ),
    "server.upgrade_lock_timeout": (
        "Gave up after {seconds} seconds waiting to upgrade {database}: {holder} holds the upgrade lock. "
        "Nothing was changed. Try again once that session has finished, or ask the administrator to end it."
    ),
    # who holds a lock, as far as the connected role may see (store/locks.py LockHolder)
    "server.lock_holder": "{user} with {application} from {address}, connected since {since} (server process {pid})",
    "server.lock_holder_local": (
        "{user} with {application} on the server itself, connected since {since} (server process {pid})"
    ),
    "server.lock_holder_hidden": (
        "{user} with {application} (server process {pid}; where from and since when, only a role "
        "with pg_read_all_stats may see)"
    ),
    "server.lock_holder_gone": "a session that has since ended",
    "server.unnamed_program": "an unnamed program",
    "server.unknown_role": "an unknown role",
    # services/backups.py and store/backup.py: a backup counts only once its copy is checked
    "backup.no_schema": "it holds no Civic Tracker schema (it has no schema version)",
    "backup.check_failed": "SQLite's integrity check fails on the copy ({detail})",
    "backup.schema_differs": "the copy's tables differ from the database's ({tables})",
    "backup.rows_differ": "table {table} has {copied} rows in the copy but {source} in the database",
    "backup.damaged": (
        "The backup of {database} was not kept: {problem}, so the database itself is probably damaged. "
        "No file was left behind and the older backups are kept. Close Civic Tracker and start it again: "
        "it then checks the whole file and offers to restore the newest checked backup"
    ),
    "backup.not_verified": "The backup of {database} was not kept: {problem}. No file was left behind",
    "backup.second_copy_failed": (
        "The backup {backup} was written and checked, but copying it to the second backup folder {folder} "
        "failed: {problem}"
    ),
    "backup.second_is_primary": "it is the backups folder itself; choose a folder on another disk",
    # where an import problem is: file, sheet, row, column
    "issue.in_cell": "{file}, sheet '{sheet}', row {row}, column {column}: {problem}",
    "issue.in_row": "{file}, sheet '{sheet}', row {row}: {problem}",
    "issue.in_column": "{file}, sheet '{sheet}', column {column}: {problem}",
    "issue.in_sheet": "{file}, sheet '{sheet}': {problem}",
    # excel/layout.py, excel/writer.py, services/workbook_export.py: the meeting workbook in the export's language
    "workbook.sheet.summary": "Summary",
    "workbook.sheet.programs": "Programs",
    "workbook.sheet.tasks": "Tasks",
    "workbook.sheet.progress": "Progress",
    "workbook.sheet.indicators": "Indicators",
    "workbook.sheet.sources": "Sources",
    "workbook.sheet.charts": "Charts",
    "workbook.sheet.how_to": "How to edit",
    "workbook.sheet.history": "History",
    "workbook.sheet.errors": "Errors",
    "workbook.errors.sheet": "Sheet",
    "workbook.errors.row": "Row",
    "workbook.errors.column": "Column",
    "workbook.errors.value": "Value",
    "workbook.errors.problem": "What is wrong",
    "workbook.errors.write_failed": "Could not write {file}: {problem}",
    # services/workbook_export.py: what an export wrote, and its file's default name
    "export.wrote": "Wrote {path}: {counts}",
    "export.count.program_one": "{count} program",
    "export.count.programs": "{count} programs",
    "count.task_one": "{count} task",
    "count.tasks": "{count} tasks",
    "count.progress_one": "{count} progress entry",
    "count.progress": "{count} progress entries",
    "export.count.value_one": "{count} indicator value",
    "export.count.values": "{count} indicator values",
    "count.indicator_one": "{count} indicator",
    "count.indicators": "{count} indicators",
    "export.count.values_of": "{values} of {indicators}",
    "export.count.without_values_one": "{rows} rows on the Indicators sheet: {count} indicator has no values yet",
    "export.count.without_values": "{rows} rows on the Indicators sheet: {count} indicators have no values yet",
    "export.count.with_note": "{counts} ({note})",
    "export.count.source_one": "{count} source",
    "export.count.sources": "{count} sources",
    "export.count.chart_one": "{count} chart",
    "export.count.charts": "{count} charts",
    "export.count.change_one": "{count} recorded change",
    "export.count.changes": "{count} recorded changes",
    "export.file.place": "{place} programs",
    "export.file.cases": "Case library",
    "export.file.program": "{key} program",
    "export.file.all": "All programs",
    "cli.filter.bad_since": "--since: {problem}",
    "workbook.header.key": "Key",
    "workbook.header.program_title": "Title",
    "workbook.header.local_title": "Local title",
    "workbook.header.place": "Place",
    "workbook.header.lead_organization": "Lead organization",
    "workbook.header.status": "Status",
    "workbook.header.start": "Start",
    "workbook.header.end": "End",
    "workbook.header.percent": "Percent complete",
    "workbook.header.sector": "Sector",
    "workbook.header.themes": "Themes",
    "workbook.header.summary": "Summary",
    "workbook.header.description": "Description",
    "workbook.header.last_progress": "Last progress",
    "workbook.header.case_library": "Case library",
    "workbook.header.exported": "Exported (UTC)",
    "workbook.header.program_key": "Program key",
    "workbook.header.task_key": "Task key",
    "workbook.header.task_title": "Title",
    "workbook.header.owner": "Owner",
    "workbook.header.due": "Due",
    "workbook.header.parent_key": "Parent key",
    "workbook.header.weight": "Weight",
    "workbook.header.entry_id": "Entry ID",
    "workbook.header.date": "Date",
    "workbook.header.progress_title": "Title",
    "workbook.header.note": "Note",
    "workbook.header.author": "Author",
    "workbook.header.indicator_key": "Indicator key",
    "workbook.header.indicator": "Indicator",
    "workbook.header.unit": "Unit",
    "workbook.header.period": "Period",
    "workbook.header.value": "Value",
    "workbook.header.kind": "Kind",
    "workbook.header.source": "Source",
    "workbook.header.source_author": "Author",
    "workbook.header.year": "Year",
    "workbook.header.source_title": "Title",
    "workbook.header.publication": "Publication",
    "workbook.header.url": "URL",
    "workbook.header.accessed": "Accessed",
    "workbook.header.when": "When (UTC)",
    "workbook.header.who": "Who",
    "workbook.header.action": "Action",
    "workbook.header.what": "What",
    "workbook.header.field": "Field",
    "workbook.header.old_value": "Old value",
    "workbook.header.new_value": "New value",
    "workbook.header.import": "Import",
    "workbook.note.program_key": "Identifies the program. Do not change it; leave it empty on a new row.",
    "workbook.note.place": "A place name from the app (for example Gangdong-gu or 강동구).",
    "workbook.note.organization": "An organization name already in the app.",
    "workbook.note.rolled_up": "Worked out from the tasks; change the tasks instead.",
    "workbook.note.themes": "Separated by commas.",
    "workbook.note.last_progress": "Date of the latest progress entry.",
    "workbook.note.task_program": "The program the task belongs to; fill it in on a new row.",
    "workbook.note.task_key": "Identifies the task. Leave it empty on a new row.",
    "workbook.note.parent_key": "The action plan a unit task belongs to; only read on new rows.",
    "workbook.note.entry_id": "Identifies the entry. Leave it empty on a new row.",
    "workbook.note.fill_in_new": "Fill it in on a new row.",
    "workbook.note.task_optional": "Optional; only read on new rows.",
    "workbook.note.indicator_key": "Identifies the indicator; leave it empty to add a new indicator by its name.",
    "workbook.note.indicator": "The indicator's name (the same on every row of one indicator).",
    "workbook.note.period": "A year (2015), a month (2015-03) or a day. With Kind, identifies the value.",
    "workbook.note.sources": "Source keys (see the Sources sheet).",
    "workbook.instead.percent": (
        "this column is worked out by the app, from the program's tasks (or, when it has none, from its logged "
        "progress); to change it, log progress (a row on the Progress sheet, or Log progress in the app) or change "
        "the program's tasks on the Tasks sheet"
    ),
    "workbook.instead.last_progress": (
        "this column is worked out by the app, from the dates of the program's progress entries; to change it, add "
        "or correct an entry on the Progress sheet (or in the program's progress log in the app)"
    ),
    "workbook.instead.case_library": (
        "this column is kept by the app: the programs of the case library stay as their sources state them, and a "
        "program of the office cannot become a case (start a program of your own from a case instead)"
    ),
    "workbook.instead.sources": (
        "this column is kept by the app: the sources a value cites come with the case library and are not read "
        "from a workbook (see the Sources sheet)"
    ),
    "workbook.note.stamp": (
        "When the row was exported. The import keeps colleagues' later changes by it: leave it as it is "
        "(sorting and copying take it along); leave it empty on a new row."
    ),
    "workbook.accepts.date": "A year, a month (2015-03) or a day.",
    "workbook.accepts.percent": "0% to 100%.",
    "workbook.accepts.list": "{names}.",
    "workbook.accepts.number": "A number; 1,234.5 is fine.",
    "workbook.accepts.text": "Text.",
    "workbook.accepts.text_required": "Text. Required on a new row.",
    "workbook.kind.actual": "actual",
    "workbook.kind.target": "target",
    "workbook.kind.plan": "plan",
    "direction.higher": "Higher is better",
    "direction.lower": "Lower is better",
    "workbook.sector.public": "Public",
    "workbook.sector.private": "Private",
    "workbook.sector.civil_society": "Service / civil society",
    "workbook.yes": "yes",
    "workbook.no": "no",
    "workbook.list.separator": ", ",
    "workbook.title.programs": "Programs: {filter}",
    "workbook.title.cases": "Case library: {filter}",
    "workbook.filter.all": "All programs",
    "workbook.filter.place": "place {place}",
    "workbook.filter.programs": "programs {keys}",
    "workbook.filter.status": "status {statuses}",
    "workbook.filter.cases": "case library only",
    "workbook.filter.own": "own programs only",
    "workbook.filter.since": "progress since {date}",
    "workbook.filter.separator": "; ",
    "workbook.summary.made": "Made",
    "workbook.summary.stamp_note": "(the import uses it to keep colleagues' later changes)",
    "workbook.summary.filter": "Filter",
    "workbook.summary.progress_entries": "Progress entries",
    "workbook.summary.indicator_values": "Indicator values",
    "workbook.summary.by_status": "Programs by status",
    "workbook.summary.no_status": "No status",
    "workbook.summary.overdue": "Overdue tasks ({count})",
    "workbook.summary.task": "Task",
    "workbook.summary.none": "None",
    "workbook.summary.since": "Progress since {date}",
    "workbook.summary.latest": "Latest progress",
    "workbook.summary.what_happened": "What happened",
    "workbook.chart.only_first": "Only the first {count} indicators are charted; the Indicators sheet has them all.",
    "workbook.chart.none": "No indicator has two or more values to chart yet.",
    "workbook.chart.actual": "Actual",
    "workbook.chart.target": "Target",
    "workbook.chart.lower_is_better": "{name} (lower is better)",
    "workbook.footer": "&A, page &P of &N",
    "workbook.status_list.error": (
        "The list offers {statuses}. Status names in English, Korean and Chinese (active, 진행중, 보류, 进行中, "
        "暂停...) are accepted too: keep yours if it is one of them."
    ),
    "workbook.how_to.title": "How to edit this workbook and bring it back",
    "workbook.how_to.columns": (
        "Edit the columns with blue headers. Columns with grey headers (keys, worked-out values and the export "
        "stamp) are kept for the round trip and locked on existing rows (Review > Unprotect sheet, no password, "
        "if you must)."
    ),
    "workbook.how_to.new_rows": (
        "Add a row at the bottom of a sheet to create a program, task, progress entry or indicator value: leave "
        "its key or {entry_id} empty. Importing the same file again recognises such rows instead of adding them "
        "twice: a program by its title, a task by its program, title and parent, an indicator by its program and "
        "name, a progress entry by its program, task, date and title."
    ),
    "workbook.how_to.deleting": (
        "Deleting a row never deletes anything: the import lists it as missing and leaves it alone."
    ),
    "workbook.how_to.empty": (
        "An empty cell in an existing row keeps the stored value. To clear a value, change it in the app."
    ),
    "workbook.how_to.colleagues": (
        "Colleagues may change things after you export. A cell you left as it was keeps their newer value; a "
        "cell you changed that they changed too is reported as a conflict, and nothing is imported. The {stamp} "
        "column at the right of each row tells the two apart, also when the row is sorted or copied into another "
        "workbook: leave it as it is."
    ),
    "workbook.how_to.dates": (
        "Dates keep their precision: type 2015 for a year, 2015-03 for a month, 2015-03-01 for a day. A date "
        "cell shown as yyyy-mm is read as that month."
    ),
    "workbook.how_to.values": (
        "Percent cells take 45% or 0.45; status cells offer a list ({statuses}; status names in the other "
        "languages are understood too)."
    ),
    "workbook.how_to.bring_back": (
        "Bring the file back with File > Import workbook... (or civic-tracker import FILE --dry-run first). You "
        "see every change before anything is saved, and Edit > Undo last import takes it back."
    ),
    "workbook.how_to.not_read": "The {sheets} and this sheet are not read back.",
    "workbook.how_to.hidden": (
        "A sheet with nothing in it is hidden, so it does not print: to add rows to it, right-click a sheet tab "
        "> Unhide."
    ),
    "workbook.how_to.sheet": "Sheet",
    "workbook.how_to.column": "Column",
    "workbook.how_to.editable": "Editable",
    "workbook.how_to.takes": "What it takes",
    # enums.py: the names of the statuses (Status.label is the English one)
    "status.planned": "Planned",
    "status.active": "Active",
    "status.on_hold": "On hold",
    "status.completed": "Completed",
    "status.cancelled": "Cancelled",
    # the kinds of record an import creates or changes, as its preview names them
    "record.program": "program",
    "record.task": "task",
    "record.progress": "progress entry",
    "record.indicator": "indicator",
    "record.indicator_value": "indicator value",
    # the command line's own lines (app/cli); --json output has none of them
    "cli.warning": "warning: {text}",
    "cli.show.place": "Place",
    "cli.show.lead": "Lead",
    "cli.show.status": "Status",
    "cli.show.start": "Start",
    "cli.show.end": "End",
    "cli.show.themes": "Themes",
    "cli.show.percent": "Percent",
    "cli.show.tasks": "Tasks:",
    "cli.show.indicators": "Indicators:",
    "cli.show.progress": "Progress:",
    "cli.show.sources": "Sources:",
    "cli.list.case": "case",
    "cli.list.own": "own",
    "cli.seeded": "{cases} cases: {created} created, {updated} updated, {unchanged} unchanged",
    "cli.history.older": "... {count} older changes not shown (use --limit)",
    "cli.trash.empty": "The trash is empty",
    "backup.reason.daily": "Daily",
    "backup.reason.manual": "By hand",
    "backup.reason.before_import": "Before an import",
    "backup.reason.before_restore": "Before a restore",
    "backup.reason.before_empty_trash": "Before emptying the trash",
    "backup.reason.before_upgrade": "Before an upgrade",
    "cli.trash.with": "(with {contents})",
    "trash.contents.join": "{first}, {rest}",
    "cli.trash.restored": "Restored {kind} {key}",
    "cli.trash.confirm": "this deletes {count} item(s) for good; run again with --yes",
    "cli.trash.emptied": (
        "Deleted for good: {programs} programs, {tasks} tasks, {progress} progress entries, {indicators} indicators"
    ),
    "cli.db.at_head": "{database} is already at the newest schema",
    "cli.db.upgraded": "{database} upgraded from {revision} to the newest schema",
    "cli.db.created": "{database} upgraded from empty to the newest schema",
    "cli.db.backup_first": "Backup written first: {path}",
    "cli.db.revision": "{current} (head {head}; {state})",
    "cli.db.empty": "empty",
    "cli.db.at_head_state": "at head",
    "cli.db.newer_state": "newer than this app",
    "cli.db.behind_state": "needs upgrade",
    "cli.db.second_copy": "Copy in the second backup folder: {path}",
    "cli.db.folder_or_off": "give a FOLDER or --off, not both",
    "cli.db.no_second_folder": "No second backup folder: backups are kept beside the database only",
    "cli.db.second_folder_env": "{path} (set by {variable}, which wins over the saved setting)",
    "cli.db.sqlite_only": "Backups are kept for SQLite files only; back up a server database with pg_dump",
    "cli.db.no_backups": "No backups of {path} yet",
    "cli.db.checked": "checked",
    "cli.db.not_checked": "not checked",
    "cli.db.restored": "Restored {path} from {backup}",
    "cli.db.restore_safety": "The state before the restore was saved as {path}",
    "cli.db.restore_damaged": "The damaged file was kept, unchanged, as {path}",
    "cli.db.restore_upgraded": "The backup was upgraded from schema {revision} to the newest",
    "cli.tasks.due_within": "--due-within takes a number of days, 0 or more",
    "cli.tasks.overdue": "OVERDUE",
    "cli.people.open_task_one": "{count:,} open task",
    "cli.people.open_tasks": "{count:,} open tasks",
    "cli.people.anonymised": "anonymised: now '{name}' in tasks, progress and history",
    "cli.import.nothing_to_save": "--save-mapping keeps how an office's own sheet is read; this file has none",
    "cli.import.mapping_saved": (
        "How sheet '{sheet}' was read is saved as '{name}': import next month's with --mapping {name}"
    ),
    "cli.import.needs_file": "import needs a FILE (or --undo-last)",
    "cli.import.place_form": "{option} takes NAME=PLACE (as in 창동=Dobong-gu), not '{value}'",
    "cli.import.places_as": "    places read as places the app knows: {names}",
    "cli.import.unknown_places": (
        "    places the app does not know (say where each goes with --place-in or --place-is): {names}"
    ),
    "cli.import.sheet": (
        "  sheet '{sheet}' read as {reads_as} (header on row {row}): {created:,} to create, "
        "{updated:,} to update, {unchanged:,} unchanged, {errors:,} with errors"
    ),
    "cli.import.ignored": "; ignored columns: {columns}",
    "cli.places.none": "No places yet; add one with: civic-tracker places add NAME",
    "cli.places.added": "Added {level} {key}: {path}",
    "cli.places.renamed": "Renamed {key}: {path}",
    "cli.places.local_set": "{key} ({path}) is called '{name}' locally",
    "cli.places.local_cleared": "{key} ({path}) has no local name now",
    "cli.places.moved": "Moved {key}: {path}",
    "cli.places.merged": (
        "Merged '{name}' into {key} ({path}): {programs} programs, {organizations} organizations "
        "and {places} places moved"
    ),
    "cli.import.percent_fractions": "    percents read column by column: 0.6 is 60%",
    "cli.import.percent_whole": "    percents read column by column: 60 is 60%, 1 is 1%",
    "cli.import.new_places": "    new places of the office: {names}",
    "cli.import.new_organizations": "    new organizations of the office: {names}",
    "cli.import.row_numbers": "    column '{column}' read as row numbers, not keys",
    "cli.import.skipped_rows": "    {count:,} rows skipped, not records:",
    "cli.import.skipped_row": "      row {row}: {reason}{said}",
    "cli.import.skipped_more": "      ... and {count:,} more",
    "cli.import.columns": "    columns read: {columns}",
    "import.column_read": "{header} ({letter}) as {reading}",
    "import.column_not_read": "{header} ({letter}) not read",
    "cli.import.included": "    rows read as you chose, though they look like no record: {rows}",
    "cli.import.missing": "    {count:,} stored rows are not in this sheet and are left alone: {keys}",
    "cli.import.skipped": "  sheet '{sheet}' skipped: could not match the required column(s) {columns}",
    "cli.import.more": "  ... and more (use --limit to list more)",
    "cli.import.create": "  + {sheet} row {row}: new {record} {key}: {label}",
    "cli.import.update": "  ~ {sheet} row {row}: {record} {key}",
    "cli.import.empty": "(empty)",
    "cli.import.more_errors": "  ! ... {count:,} more errors",
    "cli.import.one_more_error": "  ! ... 1 more error",
    "cli.import.notice": "  notice: {notice}",
    "cli.import.more_notices": "  notice: ... {count:,} more",
    "cli.import.first_error_more": "{first} (and {count:,} more errors)",
    "cli.import.first_error_one_more": "{first} (and 1 more error)",
    "cli.import.nothing": "Nothing to import: the file matches the database, so nothing was written.",
    "cli.import.done": "Imported as import {batch}. Undo with: civic-tracker import --undo-last",
    "cli.import.done_backup": (
        "Imported as import {batch}; backup written first: {backup}. Undo with: civic-tracker import --undo-last"
    ),
    "cli.import.undone": (
        "Undid import {batch} ({file}): {restored} field(s) put back, {trashed} created row(s) moved to the trash"
    ),
    "cli.import.undone_values": (
        "Undid import {batch} ({file}): {restored} field(s) put back, {trashed} created row(s) moved to the trash, "
        "{removed} added indicator value(s) removed"
    ),
    # Daily work: programs new, progress add and edit
    "place.not_named": "No place with the key or name '{text}'; see: civic-tracker places list",
    "place.ambiguous": "More than one place is called '{text}' ({keys}); give the key of the one you mean",
    "task.not_named": "Program {program} has no task {key}; see: civic-tracker programs show {program}",
    "progress.unknown_fields": "Unknown progress entry field(s): {fields}",
    "progress.date_missing": "A progress entry needs a date",
    "progress.changed_by_other": (
        "The progress entry '{title}' was changed by someone else since you opened it. "
        "Your change was not saved; reload to see theirs."
    ),
    "cli.programs.created": "Created {key}: {title}",
    "cli.programs.from_case": "Started from the case {case}: {tasks} tasks to do, {indicators} indicators",
    "cli.progress.logged": "Logged on {program} ({date}): {title}",
    "cli.progress.bad_percent": "--percent takes a number from 0 to 100, not '{text}'",
    "cli.progress.task_now": "Task {key}: {percent}, {status}",
    # attachments of progress entries (services/attachments.py, cli/progress.py)
    "attachment.too_large": "{name} is {size}: a file attached to a progress entry may be at most {limit}",
    "attachment.no_name": "An attachment needs a file name",
    "attachment.unreadable": "Cannot read {name}: {reason}",
    "attachment.not_found": "Attachment {id} does not exist",
    "attachment.none_named": "No progress entry of {program} has an attachment named '{name}'",
    "attachment.several_named": (
        "{count} progress entries of {program} have an attachment named '{name}' (entries {entries}); "
        "say which with --entry"
    ),
    "cli.progress.attached": "Attached {name} ({size})",
    "cli.progress.cannot_write": "Cannot write {path}: {reason}",
    "cli.progress.attachment_written": "Wrote {name} ({size}) to {path}",
    # the PDF report (services/report.py, ui/report_pdf.py, cli/report.py)
    "report.nothing_chosen": "No program matches the report's choice of programs",
    "report.too_many": (
        "The report would hold {count:,} programs; it prints at most {limit:,}: "
        "choose fewer by program, place or status"
    ),
    "report.not_pdf": "{name}: a report is written as PDF; choose a name ending in .pdf",
    "report.no_folder": "Cannot write {name}: the folder {folder} does not exist",
    "report.write_failed": "Could not write the report {path}",
    "report.brief_title": "Meeting brief",
    "report.program_report": "Program report",
    "report.made_on": "Printed {date}",
    "report.page": "Page {page} of {pages}",
    "report.place": "Place",
    "report.lead": "Lead organization",
    "report.status": "Status",
    "report.dates": "Dates",
    "report.percent": "Percent complete",
    "report.rollup": "weighted average of {counted} of {total} top-level tasks",
    "report.rollup_none": "no tasks: set by progress entries",
    "report.tasks": "Tasks",
    "report.task": "Task",
    "report.owner": "Owner",
    "report.due": "Due",
    "report.no_tasks": "No tasks yet",
    "report.timeline": "Timeline",
    "report.today": "Today",
    "report.quarter": "Q{quarter} {year}",
    "report.progress_since": "Progress since {date}",
    "report.no_progress": "No progress logged since {date}",
    "report.more_progress": "... and {count:,} more entries",
    "report.indicators": "Indicators",
    "report.period": "Period",
    "report.value": "Value",
    "report.baseline": "Baseline",
    "report.target": "Target",
    "report.actual": "Actual",
    "report.planned": "Planned",
    "report.lower_is_better": "lower is better",
    "report.no_values": "No values recorded yet",
    "report.sources": "Sources",
    "report.programs": "Programs",
    "report.program": "Program",
    "report.overdue": "Overdue tasks",
    "report.no_overdue": "No task is overdue",
    "report.date": "Date",
    "report.entry": "Progress",
    "report.case": "Case of the library",
    "cli.report.written": "Wrote {path}: {programs} program(s), {pages} page(s)",
    # store/database.py: what kept a database file from being read, when it is not damage
    "file.disk_full": "the disk holding {folder} is full; free some space and try again",
    "file.read_denied": "permission to read {path} is denied; ask whoever manages this computer for access",
    "file.use_denied": "permission to use {path} is denied; ask whoever manages this computer for access",
    "file.unreadable": "{path} could not be read ({problem}); try again",
    "file.locked": "{path} is locked by another program; close it and try again",
    "file.io_error": "the disk holding {folder} could not be read or written (an I/O error, or a full disk); try again",
    "file.cannot_open": "{path} could not be opened (its folder may be missing, read-only or full); try again",
    # services/backups.py: taking, finding and restoring backups
    "backup.sqlite_only": "Backups from the app are for SQLite files; back up a server database with pg_dump",
    "backup.bad_reason": "A backup reason is one word (letters, digits, - and _), not '{reason}'",
    "backup.folder_unwritable": "Could not write a backup in {folder}: {problem}",
    "backup.write_failed": "Could not write the backup {backup}: {problem}",
    "backup.none": "There are no backups of {database} in {folder}",
    "backup.not_found": "No backup '{name}' (see 'civic-tracker db backups')",
    "backup.unusable": "The backup {backup} cannot be used: {problem}. Nothing was changed.",
    "backup.not_a_backup": "{backup} is not a Civic Tracker backup (it has no schema version). Nothing was changed.",
    "backup.newer": "{backup} was written by a newer Civic Tracker (schema {revision}). Nothing was changed.",
    "backup.not_sqlite": "it is not a Civic Tracker database (not a SQLite file)",
    "restore.read_only": (
        "{database} is read-only (its permissions allow no writing); it cannot be restored. Nothing was changed."
    ),
    "restore.not_now": "{database} cannot be restored now: {problem}. Nothing was changed.",
    "restore.copy_failed": "Could not copy the backup {backup} into {database}: {problem}.",
    "restore.copy_failed_kept": (
        "Could not copy the backup {backup} into {database}: {problem}. The damaged file is kept as {damaged}."
    ),
    "restore.failed": "Could not restore into {database}: {problem}. The database was not changed.",
    # services/database.py: opening a database file or server
    "database.cannot_open_now": "{database} cannot be opened now: {problem}. The file was not changed.",
    "database.damaged_file": "{database} cannot be opened: {problem}. The file was not changed.",
    "database.damaged_backup": (
        "{damaged} The newest backup is {backup} (taken {taken}). To restore it (the damaged file is kept "
        "beside it): civic-tracker db restore {name}"
    ),
    "database.damaged_no_backup": "{damaged} There is no backup of it in {folder}.",
    "database.damaged": "it is damaged",
    "database.unreadable": "it cannot be read as a database ({problem})",
    "database.not_a_database": "{database} cannot be read as a database: {problem}",
    "database.missing_backup_there": (
        "{database} is missing, but the backup {kept} is there. To restore the newest backup: "
        "civic-tracker db restore newest. To start a new, empty database instead, move the folder {folder} away "
        "first."
    ),
    "database.missing_damaged_there": (
        "{database} is missing, but the damaged copy {kept} is there. To restore the newest backup: "
        "civic-tracker db restore newest. To start a new, empty database instead, move the folder {folder} away "
        "first."
    ),
    "database.newer": (
        "{database} was written by a newer Civic Tracker (schema {current}); this version knows up to {head}. "
        "Install the newer version; the file was not changed."
    ),
    "database.newer_server": (
        "{database} was written by a newer Civic Tracker (schema {current}); this version knows up to {head}. "
        "Install the newer version; nothing was changed."
    ),
    "database.upgrade_read_only": "{database} needs an upgrade but is read-only",
    "database.needs_upgrade": "{database} is at schema {current}, not {head}; run 'db upgrade'",
    # services/connection.py and services/database.py: reaching a server
    "server.field_empty": "{field} cannot be empty",
    "server.host": "Host",
    "server.database": "Database",
    "server.user": "User",
    "server.cannot_connect": "Cannot connect to {server}: {problem}",
    "server.password_wanted": "The server wants a password for {server}",
    "server.password_needed": (
        "The server wants a password for {server}. Put it in ~/.pgpass "
        "(host:port:database:user:password, mode 600) or start from a terminal to be asked."
    ),
    "server.password_refused": (
        "The server did not accept the password for {server}. Put it in ~/.pgpass "
        "(host:port:database:user:password, mode 600) or start from a terminal to be asked."
    ),
    "server.wrong_password": "Wrong password for {server}",
    "server.no_password": "No password given for {server}; nothing was opened",
    "server.connected": "Connected as {role} (PostgreSQL {version})",
    "server.read_only_role": (
        "Your database role '{role}' may only read this database; ask the administrator to "
        "make you an editor to change anything."
    ),
    # services/history.py: reading the change records
    "history.bad_date": "'{text}' is not a date; use a date like 2024-03-01 or 2024.3.1, or a number of days like 7d",
    "history.unknown_action": "Unknown kind of change '{action}'; choose from {allowed}",
    "history.unknown_record": "Unknown kind of record '{kind}'; choose from {allowed}",
    "history.line": "{record} {key}: {what}",
    "history.change": "{field}: '{old}' -> '{new}'",
    "history.created_with": "created with {field} '{value}'",
    "history.changes_more": "{first}; {rest}",
    "history.changes_cut": "{changes}; ...",
    "history.did.create": "created",
    "history.did.update": "changed",
    "history.did.delete": "moved to trash",
    "history.did.restore": "restored from trash",
    "history.did.purge": "deleted for good",
    "history.record.program": "Program",
    "history.record.task": "Task",
    "history.record.progress": "Progress entry",
    "history.record.indicator": "Indicator",
    "history.record.indicator_value": "Indicator value",
    # the fields a change record names, as the history shows them
    "field.key": "Key",
    "field.title": "Title",
    "field.local_title": "Local title",
    "field.summary": "Summary",
    "field.description": "Description",
    "field.place": "Place",
    "field.lead_organization": "Lead organization",
    "field.sector": "Sector",
    "field.status": "Status",
    "field.start_date": "Start date",
    "field.end_date": "End date",
    "field.is_case": "Case library",
    "field.based_on": "Based on",
    "field.percent_complete": "Percent complete",
    "field.themes": "Themes",
    "field.partners": "Partners",
    "field.parent": "Parent",
    "field.owner": "Owner",
    "field.due_date": "Due date",
    "field.weight": "Weight",
    "field.position": "Position",
    "field.task": "Task",
    "field.entry_date": "Entry date",
    "field.note": "Note",
    "field.author": "Author",
    "field.name": "Name",
    "field.unit": "Unit",
    "field.direction": "Direction",
    "field.baseline_value": "Baseline value",
    "field.baseline_period": "Baseline period",
    "field.target_value": "Target value",
    "field.target_date": "Target date",
    "field.period": "Period",
    "field.value": "Value",
    "field.kind": "Kind",
    "field.attachment": "Attachment",
    # services/seed.py: the case library's data files
    "seed.bad_json": "Seed file {file} is not valid JSON: {problem}",
    "seed.unknown_parents": "Seed places with unknown parents: {keys}",
    "seed.case_clashes": "Seed case '{key}' clashes with an office program of the same key",
    # app/ui/display.py: the window cannot open
    "gui.no_display": (
        "No display found: run Civic Tracker from a desktop session, or use the command line: civic-tracker --help"
    ),
    # store and services errors that were still plain text
    "database.busy": (
        "The database is busy: another copy of Civic Tracker kept it locked for "
        "too long. Nothing was saved; try again in a moment."
    ),
    "database.disk_full": "The disk holding the database is full. Nothing was saved; free some space and try again.",
    "database.cannot_write": "This database cannot be written (it is read-only); changes cannot be saved",
    "database.damaged_now": (
        "The database file is damaged. Nothing was saved; close the app "
        "and restore a backup (civic-tracker db backups)."
    ),
    "database.io_error": "The disk could not be read or written (I/O error). Nothing was saved; try again.",
    "database.failed": "The database could not complete the operation; nothing was saved ({detail}).",
    "database.open_read_only": "This database is open read-only; changes cannot be saved",
    "text.too_long": "{field} is longer than {limit} characters ({length})",
    "trash.not_in_trash": "{kind} {id} is not in the trash",
    "import.nothing_to_undo": "There is no import to undo",
    "mapping.name_missing": "A saved mapping needs a name",
    "import.undo_blocked": (
        "Cannot undo import {batch} ({file}): later edits touched the same data: {edits} ({total} in all). "
        "Nothing was changed"
    ),
    "import.undo_blocked_backup": (
        "Cannot undo import {batch} ({file}): later edits touched the same data: {edits} ({total} in all). "
        "Nothing was changed; or restore the backup {backup}"
    ),
    "mapping.not_found": "No saved column mapping called '{name}'",
    # excel/reader.py: files that cannot be read
    # What a file is instead of the spreadsheet its name says (read.not_csv, read.not_a_spreadsheet)
    "read.kind.pdf": "a PDF document",
    "read.kind.image": "an image",
    "read.kind.rtf": "an RTF document",
    "read.kind.html": "a web page (HTML)",
    "read.kind.gzip": "a gzip-compressed file (decompress it first)",
    "read.kind.zip": "a zip archive, perhaps an Excel workbook (rename it to .xlsx)",
    "read.kind.old_office": "an old-style Office file, perhaps an .xls workbook (rename it to .xls)",
    "read.kind.archive": "a compressed archive (decompress it first)",
    "read.no_extension": "{file}: cannot import files without an extension; use {supported}",
    "read.unsupported": "{file}: cannot import {suffix} files; use {supported}",
    "read.no_such_file": "{file}: no such file",
    "read.cannot_read": "{file}: cannot be read: {problem}",
    "read.empty": "{file}: the file is empty (0 bytes)",
    "read.not_csv": "{file}: this is not a CSV text file (it is {kind})",
    "read.binary_line": (
        "{file}: this is not a CSV text file (it holds binary data: NUL bytes, which no text has, on line {line})"
    ),
    "read.binary_lines": (
        "{file}: this is not a CSV text file (it holds binary data: NUL bytes, which no text has, on lines {lines})"
    ),
    "read.csv_too_large": "{file}: refused: {megabytes:,.0f} MB is more than a CSV import takes",
    "read.utf16_damaged": "{file}: the file starts as UTF-16 text but is damaged further on; save it again",
    "read.unknown_encoding": "{file}: the text is not UTF-8, CP949 (Korean) or GB18030 (Chinese); save it as UTF-8",
    "read.damaged_utf8": (
        "{file}: line {line}, byte {position} (0x{byte:02X}) is not UTF-8, though the rest of the file is; "
        "the file is damaged or mixes encodings. Open it, fix that line and save it as UTF-8"
    ),
    "read.quote_not_closed": '{file}: row {row}: a quoted cell is never closed (a " is missing)',
    "read.csv_row_unreadable": "{file}: row {row} cannot be read as CSV ({problem}); check its quotes",
    "read.not_a_spreadsheet": "{file}: this is {kind}, not a spreadsheet, despite its {suffix} name",
    "read.xls_named_otherwise": "{file}: this is an old-style .xls workbook with a {suffix} name; rename it to .xls",
    "read.not_inside": "{file}: this is not a spreadsheet (not a {suffix} file inside)",
    "read.xlsx_named_xls": "{file}: this is a .xlsx workbook with a .xls name; rename it to .xlsx",
    "read.not_xls": "{file}: this is not an Excel 97-2003 (.xls) workbook",
    "read.ods_named_excel": "{file}: this is an OpenDocument (.ods) file with an Excel name; rename it to .ods",
    "read.zip_not_excel": "{file}: this zip file is not an Excel workbook (no xl/workbook.xml)",
    "read.zip_not_ods": "{file}: this zip file is not an OpenDocument spreadsheet (no content.xml)",
    "read.damaged": "{file}: the file is damaged or incomplete ({detail})",
    "read.incomplete_archive": "not a complete {kind} archive",
    "read.unreadable": "{file}: the file is damaged or not a readable spreadsheet ({problem})",
    "read.password_protected": "{file}: the workbook is password-protected; save a copy without a password",
    "read.entity_bomb": "{file}: refused: part {part} declares XML entities (possible entity bomb)",
    "read.zip_bomb_part": "{file}: refused: part {part} expands {ratio:,} times (possible zip bomb)",
    "read.zip_bomb_total": (
        "{file}: refused: it would expand to {megabytes:,.0f} MB (more than {limit:,.0f} MB; possible zip bomb)"
    ),
    "read.workbook_part_unsafe": "{file}: the workbook part is not valid or safe XML ({problem})",
    "read.unsafe_xml": "{file}: the workbook is not safe XML ({problem})",
    "read.too_many_rows": (
        "{file}: sheet '{sheet}' has more than {limit:,} rows; split it into smaller files and import each"
    ),
    "read.grid_too_large": (
        "{file}: sheet '{sheet}' spans cells up to {cell}, a grid of {cells:,} cells; a sheet may have at most "
        "{max_columns:,} columns and {max_cells:,} cells. Delete the far-away cells (or split the sheet) and "
        "import again"
    ),
    "read.sheet_unreadable": "{file}: sheet '{sheet}' cannot be read ({problem})",
    # excel/writer.py: a sheet longer than Excel allows
    "export.too_many_rows": "{sheet} has more rows than Excel allows ({limit:,})",
}


@dataclass(frozen=True)
class Message:
    """What to tell the user, independent of language: ``code`` picks the sentence, ``params`` fill it in."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, templates: Mapping[str, str] = ENGLISH) -> str:
        """The sentence in the language of ``templates``; a parameter that is itself a Message (a cell's
        problem inside an import error) is rendered in the same language."""
        template = templates.get(self.code) or ENGLISH[self.code]
        params = {k: v.render(templates) if isinstance(v, Message) else v for k, v in self.params.items()}
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()


def message(code: str, **params: Any) -> Message:
    if code not in ENGLISH:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, params)


# -- languages ---------------------------------------------------------------------------------------
# The languages the app speaks, by the code the translation files use; each is shown by its own name.
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"


def counted(count: int, one: Message, more: Message) -> Message:
    """``one`` for a count of one, else ``more``: each language's template of the pair says the count its own way
    (English "1 open task", "2 open tasks"; Korean and Chinese alike in both). The pair is written where it is
    used, so every code stays literal."""
    return one if count == 1 else more


def templates(language: str) -> Mapping[str, str]:
    """The template table of ``language``; a code it lacks falls back to English in ``Message.render``."""
    if language == "ko":
        from app.domain.messages_ko import KOREAN

        return KOREAN
    if language == "zh_CN":
        from app.domain.messages_zh_cn import CHINESE

        return CHINESE
    return ENGLISH


def render(value: Message | str, language: str) -> str:
    """A message in ``language`` (en, ko, zh_CN); text that is not a Message is shown as it is."""
    if isinstance(value, Message):
        return value.render(templates(language))
    return value


def untranslated(language: str) -> list[str]:
    """The codes ``language`` has no template of its own for (they are shown in English)."""
    table = templates(language)
    return [code for code in ENGLISH if code not in table]


def pick_language(preference: str | None, system: Iterable[str] = ()) -> str:
    """The language to speak: the one chosen (en, ko, zh_CN), else the first of the system's locale names
    (ko_KR, ko-KR, zh_CN.UTF-8, zh-Hans-CN, en_US, C ...) the app speaks, else English.

    Any Chinese locale picks Simplified Chinese, the only Chinese the app has."""
    if preference in LANGUAGES:
        return preference
    for name in system:
        base = name.replace("-", "_").split(".")[0].split("@")[0].lower()
        if base.startswith("ko"):  # ko_KR, and Windows' "Korean_Korea"
            return "ko"
        if base.startswith(("zh", "chinese")):
            return "zh_CN"
        if base.startswith("en"):
            return "en"
    return DEFAULT_LANGUAGE
