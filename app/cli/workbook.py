"""`civic-tracker export`, `import` (with --dry-run) and `undo-import`: meeting workbooks in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import UsageError, error_line, language, open_database, say, text
from app.cli.filters import add_program_filters, read_program_filters
from app.cli.messages_help import help_text
from app.domain.enums import record_message
from app.domain.messages import Message, counted, message

if TYPE_CHECKING:
    from app.services.workbook import ColumnMapping, WorkbookService


def _service(args: argparse.Namespace) -> WorkbookService:
    from app.services.workbook import WorkbookService

    return WorkbookService(open_database(args))


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.workbook import ExportOptions

    filters = read_program_filters(args)
    options = ExportOptions(
        place=filters.place,
        program_keys=filters.program_keys,
        statuses=filters.statuses,
        since=filters.since,
        cases=filters.cases,
        history=args.history,
        language=language(),  # --lang, else Preferences, else the system's: the workbook's language too
    )
    service = _service(args)
    path = Path(args.file)
    if path.is_dir():
        path = path / service.default_file_name(options)
    report = service.export_workbook(path, options)
    sys.stdout.write(report.summary(language()) + "\n")
    return 0


def _more_errors(n: int) -> Message:
    return counted(n, message("cli.import.one_more_error"), message("cli.import.more_errors", count=n))


def _print_preview(preview: Any, limit: int) -> None:
    from app.services.workbook import column_said

    out = sys.stdout
    where = preview.format + (f", {preview.encoding}" if preview.encoding else "")
    out.write(f"{preview.file} ({where})\n")
    nuls = preview.nul_note()
    if nuls is not None:
        say("  " + text(nuls))
    for sh in preview.sheets:
        line = message(
            "cli.import.sheet",
            sheet=sh.sheet,
            reads_as=sh.reads_as_name(),
            row=sh.header_row,
            created=sh.created,
            updated=sh.updated,
            unchanged=sh.unchanged,
            errors=sh.errors,
        )
        ignored = text(message("cli.import.ignored", columns=", ".join(sh.ignored))) if sh.ignored else ""
        say(text(line) + ignored)
        if sh.office and sh.readings:
            said = "; ".join(text(column_said(sh.reads_as, c)) for c in sh.readings)
            say(message("cli.import.columns", columns=said))
        for note in (sh.stamp_note(), sh.sentence_note()):
            if note is not None:
                say("    " + text(note))
        as_of = sh.as_of_note()
        if as_of is not None:
            say("    " + text(as_of))
        if sh.percent_fractions is not None:
            fractions = message("cli.import.percent_fractions")
            say(fractions if sh.percent_fractions else message("cli.import.percent_whole"))
        if sh.budget is not None:
            say(message("cli.import.budget", reading=sh.budget.reading()))
        if sh.new_places:
            places = ", ".join(text(place.said(language())) for place in sh.new_places)
            say(message("cli.import.new_places", names=places))
        if sh.places_as:
            said_as = ", ".join(f"{name} = {key}" for name, key in sh.places_as)
            say(message("cli.import.places_as", names=said_as))
        if sh.unknown_places:
            say(message("cli.import.unknown_places", names=", ".join(sh.unknown_places)))
        if sh.new_organizations:
            say(message("cli.import.new_organizations", names=", ".join(sh.new_organizations)))
        if sh.row_numbers:
            say(message("cli.import.row_numbers", column=sh.row_numbers))
        if sh.skipped_count:
            say(message("cli.import.skipped_rows", count=sh.skipped_count))
            for sk in sh.skipped[:limit]:
                said = f": {sk.text}" if sk.text else ""
                say(message("cli.import.skipped_row", row=sk.row, reason=sk.reason_message(), said=said))
            if sh.skipped_count > len(sh.skipped[:limit]):
                say(message("cli.import.skipped_more", count=sh.skipped_count - len(sh.skipped[:limit])))
        if sh.included:
            say(message("cli.import.included", rows=", ".join(map(str, sh.included))))
        if sh.missing:
            keys = ", ".join(sh.missing_keys[:10]) + (" ..." if sh.missing > 10 else "")
            say(message("cli.import.missing", count=sh.missing, keys=keys))
    for u in preview.unmatched:
        say(message("cli.import.skipped", sheet=u.sheet, columns=", ".join(u.missing)))
    empty = text(message("cli.import.empty"))
    for shown, rc in enumerate(preview.changes):
        if shown >= limit:
            say(message("cli.import.more"))
            break
        record = record_message(rc.entity)
        if rc.action == "create":
            key = rc.named_key()
            say(message("cli.import.create", sheet=rc.sheet, row=rc.row, record=record, key=key, label=rc.label))
            for ch in rc.changes:
                out.write(f"      {text(ch.named())}: {_lines(text(ch.said()[1]))}\n")
        else:
            say(message("cli.import.update", sheet=rc.sheet, row=rc.row, record=record, key=rc.named_key()))
            for ch in rc.changes:
                old, new = ch.said()
                out.write(
                    f"      {text(ch.named())}: {_lines(text(old)) if old is not None else empty} -> "
                    f"{_lines(text(new)) if new is not None else empty}\n"
                )
    for issue in preview.errors[:limit]:
        out.write(f"  ! {text(issue.placed())}\n")
    if preview.error_count > len(preview.errors[:limit]):
        say(_more_errors(preview.error_count - len(preview.errors[:limit])))
    # Cells not imported although the rest is (a column the app works out, typed over): said, not refused.
    for notice in preview.notices[:limit]:
        say(message("cli.import.notice", notice=notice.placed()))
    if preview.notice_count > len(preview.notices[:limit]):
        say(message("cli.import.more_notices", count=preview.notice_count - len(preview.notices[:limit])))
    say(preview.summary_message())
    notices = preview.notice_note()
    if notices is not None:
        say(notices)


def _save_reading(service: WorkbookService, args: argparse.Namespace, preview: Any) -> None:
    """--save-mapping NAME: how the office's sheet was read (columns, and where its unknown places go), kept for
    next month's sheet, as the preview's Save this reading keeps it."""
    if not args.save_mapping:
        return
    from app.services.workbook import ColumnMapping

    office = [sh for sh in preview.sheets if sh.office]
    if not office:
        raise UsageError(message("cli.import.nothing_to_save"))
    service.save_mapping(args.save_mapping, ColumnMapping.of_sheet(office[0]).for_next_sheet())
    say(message("cli.import.mapping_saved", name=args.save_mapping.strip(), sheet=office[0].sheet))


def _lines(value: str) -> str:
    """A value of several lines (a note), its later lines indented under the first."""
    return value.replace("\r\n", "\n").replace("\n", "\n        ")


def _overrides(service: WorkbookService, args: argparse.Namespace) -> ColumnMapping | None:
    """The saved mapping named, with the rows the command skips and includes and the places it puts (of
    --sheet, else of any sheet)."""
    from app.services.workbook import ColumnMapping

    mapping = service.mapping(args.mapping) if args.mapping else None
    skip, include = tuple(args.skip_row or ()), tuple(args.include_row or ())
    inside = [_place_pair("--place-in", v) for v in args.place_in or ()]
    same = [_place_pair("--place-is", v) for v in args.place_is or ()]
    if not skip and not include and not inside and not same:
        return mapping
    rows = mapping or ColumnMapping("", {}, args.sheet)
    for n in skip:
        rows = rows.row(n, skipped=True)
    for n in include:
        rows = rows.row(n, skipped=False)
    for name, place in inside:
        rows = rows.place(name, parent=place)
    for name, place in same:
        rows = rows.place(name, same_as=place)
    return rows


def _place_pair(option: str, value: str) -> tuple[str, str]:
    """NAME=PLACE of --place-in and --place-is."""
    name, sep, place = value.partition("=")
    if not sep or not name.strip() or not place.strip():
        raise UsageError(message("cli.import.place_form", option=option, value=value))
    return name.strip(), place.strip()


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.workbook import ImportRefusedError

    if args.undo_last:
        return cmd_undo_import(args)
    if not args.file:
        raise UsageError(message("cli.import.needs_file"))
    service = _service(args)
    mapping = _overrides(service, args)
    path = Path(args.file)
    if args.dry_run:
        preview = service.preview_import(path, mapping, sheet=args.sheet)
        _print_preview(preview, args.limit)
        _save_reading(service, args, preview)
        if preview.error_count:
            first, more = preview.errors[0].placed(), preview.error_count - 1
            if more == 1:
                error_line(message("cli.import.first_error_one_more", first=first))
            elif more > 1:
                error_line(message("cli.import.first_error_more", first=first, count=more))
            else:
                error_line(first)
            return 1
        return 0
    try:
        result = service.apply_import(path, mapping, sheet=args.sheet)
    except ImportRefusedError as exc:
        _print_preview(exc.preview, args.limit)
        error_line(exc.message or str(exc))
        return 1
    _print_preview(result.preview, args.limit)
    _save_reading(service, args, result.preview)
    if result.batch_id is None:
        say(message("cli.import.nothing"))
        return 0
    if result.backup:
        say(message("cli.import.done_backup", batch=result.batch_id, backup=str(result.backup)))
    else:
        say(message("cli.import.done", batch=result.batch_id))
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    service = _service(args)
    report = service.undo_last_import()
    if report.removed:
        say(
            message(
                "cli.import.undone_values",
                batch=report.batch_id,
                file=report.file_name,
                restored=report.restored,
                trashed=report.trashed,
                removed=report.removed,
            )
        )
    else:
        say(
            message(
                "cli.import.undone",
                batch=report.batch_id,
                file=report.file_name,
                restored=report.restored,
                trashed=report.trashed,
            )
        )
    return 0


def register(subparsers: Any) -> None:
    exp = subparsers.add_parser("export", help=help_text("export"), description=help_text("export.description"))
    exp.add_argument("file", metavar="FILE.xlsx", help=help_text("export.file"))
    add_program_filters(exp, since_help=help_text("export.since"))
    exp.add_argument("--history", action="store_true", help=help_text("export.history"))
    exp.set_defaults(func=cmd_export)

    imp = subparsers.add_parser("import", help=help_text("import"), description=help_text("import.description"))
    imp.add_argument("file", nargs="?", metavar="FILE", help=help_text("import.file"))
    imp.add_argument("--dry-run", action="store_true", help=help_text("import.dry_run"))
    imp.add_argument("--sheet", metavar="NAME", help=help_text("import.sheet"))
    imp.add_argument("--mapping", metavar="NAME", help=help_text("import.mapping"))
    imp.add_argument("--skip-row", metavar="N", type=int, action="append", help=help_text("import.skip_row"))
    imp.add_argument("--include-row", metavar="N", type=int, action="append", help=help_text("import.include_row"))
    imp.add_argument("--place-in", metavar="NAME=PLACE", action="append", help=help_text("import.place_in"))
    imp.add_argument("--place-is", metavar="NAME=PLACE", action="append", help=help_text("import.place_is"))
    imp.add_argument("--save-mapping", metavar="NAME", help=help_text("import.save_mapping"))
    imp.add_argument("--limit", type=int, default=50, help=help_text("import.limit"))
    imp.add_argument("--undo-last", action="store_true", help=help_text("import.undo_last"))
    imp.set_defaults(func=cmd_import)

    undo = subparsers.add_parser("undo-import", help=help_text("undo_import"))
    undo.set_defaults(func=cmd_undo_import)
