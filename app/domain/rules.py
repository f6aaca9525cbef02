"""Validation rules shared by the GUI, the command line, the importer and the seeder.

Each rule lives here once; its message is a code with parameters (see messages.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import CaseReadOnlyError, ValidationError
from app.domain.messages import message
from app.domain.romanize import romanize_han, romanize_hangul
from app.domain.sizes import human_size

KEY_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,63}$")
LONGEST_TITLE = 500
# Weights are relative shares of a roll-up; beyond this they are a typing slip (1e308 overflows the sum).
MAX_WEIGHT = 10_000.0
# Levels of a task tree: an action plan is level 1, its unit tasks level 2, and so on. Deeper trees cannot be
# shown legibly in the task tree or indented in a printed sheet.
MAX_TASK_DEPTH = 10
# A file attached to a progress entry lives in the database (and in every backup of it): minutes, photos and
# signed scans fit; a video would swell every backup.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
LONGEST_FILE_NAME = 255


def check_key(key: str, what: str = "Key") -> str:
    clean = key.strip().upper()
    if not KEY_PATTERN.match(clean):
        raise ValidationError(message("key.invalid", what=what, key=readable(key)), "key")
    return clean


def check_title(title: str | None, field: str = "title") -> str:
    clean = plain_text(title or "")
    if not clean:
        raise ValidationError(message("title.empty"), field)
    if not has_visible(clean):
        raise ValidationError(message("title.invisible"), field)
    if len(clean) > LONGEST_TITLE:
        raise ValidationError(message("title.too_long", limit=LONGEST_TITLE), field)
    return clean


def has_visible(text: str) -> bool:
    """Whether ``text`` shows anything: a letter, digit, mark, punctuation or symbol, not only spaces and
    invisible format characters (zero-width spaces, bidi controls)."""
    if text[:1].isalnum():  # a letter or a digit first, as nearly every title has: visible
        return True
    return any(unicodedata.category(ch)[0] in "LMNPS" for ch in text)


def check_percent(value: float | None, field: str = "percent_complete") -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise ValidationError(message("percent.out_of_range", value=value), field)
    return float(value)


def check_weight(value: float | None) -> float:
    if value is None:
        return 1.0
    if value < 0:
        raise ValidationError(message("weight.negative", value=value), "weight")
    if not value <= MAX_WEIGHT:  # NaN too
        raise ValidationError(message("weight.too_large", value=value, limit=MAX_WEIGHT), "weight")
    return float(value)


def check_range(start: PartialDate | None, end: PartialDate | None, end_field: str = "end_date") -> None:
    """An end may not come before the start. Partial dates overlap when their spans overlap."""
    if start is None or end is None:
        return
    if end.last_day() < start.first_day():
        raise ValidationError(message("range.end_before_start", end=str(end), start=str(start)), end_field)


def check_depth(depth: int, field: str = "parent") -> int:
    """A task at ``depth`` (1 for an action plan) may be stored: the tree stays as deep as the app shows."""
    if depth > MAX_TASK_DEPTH:
        raise ValidationError(
            message("task.too_deep", depth=depth, limit=MAX_TASK_DEPTH, below=MAX_TASK_DEPTH - 2), field
        )
    return depth


def check_attachment(name: str, size: int) -> str:
    """A file may be attached as ``name`` (its base name, at most 255 characters) with ``size`` bytes."""
    clean = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not clean:
        raise ValidationError(message("attachment.no_name"), "name")
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            message("attachment.too_large", name=clean, size=human_size(size), limit=human_size(MAX_ATTACHMENT_BYTES)),
            "content",
        )
    if len(clean) > LONGEST_FILE_NAME:
        stem, dot, ext = clean.rpartition(".")
        keep = LONGEST_FILE_NAME - len(ext) - 1
        clean = f"{stem[:keep]}.{ext}" if dot and keep > 0 else clean[:LONGEST_FILE_NAME]
    return clean


def check_not_case(is_case: bool, key: str) -> None:
    """Cases of the library stay as their sources state them: nothing but the seeder writes them."""
    if is_case:
        raise CaseReadOnlyError(message("case.read_only", key=key))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_OTHER_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def broken_character(text: str) -> int | None:
    """The index of the first lone surrogate in ``text``, or None. Python makes one of each byte that is
    not UTF-8 (a command line, a file name or a file in another encoding); no database or workbook can hold
    it, so it is refused where text is stored, naming the field."""
    if text.isascii():
        return None
    found = _LONE_SURROGATE.search(text)
    return found.start() if found else None


def readable(text: str, limit: int = 40) -> str:
    """``text`` fit to quote in a message: a broken character shown as U+FFFD (�), at most ``limit`` long."""
    if broken_character(text) is not None:
        # surrogateescape gives back the bytes the text was made from (U+DC80..U+DCFF), and "replace" shows
        # each bad one as �; any other lone surrogate is shown as � straight away.
        text = _OTHER_SURROGATE.sub("\ufffd", text)
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_storable(text: str, field: str) -> str:
    """Text that can be stored: no broken character (see ``broken_character``)."""
    position = broken_character(text)
    if position is not None:
        raise ValidationError(
            message(
                "text.broken_character",
                field=field.replace("_", " ").capitalize(),
                text=readable(text),
                position=position + 1,
            ),
            field,
        )
    return text


# Control characters no workbook can hold (XML 1.0): an exported workbook drops them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def plain_text(text: str) -> str:
    """Text as stored, which is also what a workbook gives back: line breaks as "\\n", no control character
    a workbook cannot hold, no surrounding blanks. Exporting and re-importing it changes nothing."""
    if not text.isprintable():  # rare: a line break, a tab or a control character
        text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip()


def clean_text(text: str | None) -> str | None:
    """Optional text as stored (``plain_text``); nothing left is no text at all."""
    if text is None:
        return None
    return plain_text(str(text)) or None


def same_text(stored: str, given: str) -> bool:
    """Whether ``given`` (as read from a workbook) is ``stored`` text: text saved before these cleaning
    rules (an author with leading spaces, a note with Windows line breaks) comes back from a workbook
    cleaned, and is still the same text."""
    return stored == given or plain_text(stored) == plain_text(given)


# What separates themes where several are written in one field or cell: the theme field, a workbook's
# Themes column (written with ", "), and lists in Korean or Chinese; likewise the names one cell lists.
THEME_SEPARATORS = re.compile(r"[,;、，；\n]")


def split_names(text: str) -> list[str]:
    """The names one cell lists, in order, each once: a lead department and those working with it
    ('교통행정과, 도시계획과', '区城管委、各街道'). Only a Korean or Chinese list is split (an English name may hold
    a comma), never inside brackets ('도시계획과(도시재생팀, 경관팀)' is one), and a part that is only a note in
    brackets (a phone number under the name) is no name."""
    if text.isascii():
        return [" ".join(text.split())]
    names: list[str] = []
    depth = 0
    part: list[str] = []
    for ch in f"{text},":
        depth += ch in "(（[【"
        depth -= ch in ")）]】" and depth > 0
        if depth == 0 and THEME_SEPARATORS.match(ch):
            name = " ".join("".join(part).split())
            if name and name not in names and not _ONLY_NOTE.fullmatch(name):
                names.append(name)
            part = []
        else:
            part.append(ch)
    return names


_ONLY_NOTE = re.compile(r"[(（\[【].*[)）\]】]")


def split_themes(text: str) -> list[str]:
    """The themes of one field or cell: 'Mobility, climate; 주거' -> ['climate', 'mobility', '주거']."""
    return clean_themes(THEME_SEPARATORS.split(text))


def clean_themes(themes: object) -> list[str]:
    """Themes as stored: lower case, single spaces, each once, sorted. A theme holds no separator: a
    workbook lists a program's themes in one cell and splits them there, so 'food; housing' is two themes
    here as it would be after a round trip through a workbook."""
    seen: list[str] = []
    for t in themes:  # type: ignore[attr-defined]
        for part in THEME_SEPARATORS.split(str(t)):
            clean = " ".join(part.lower().split())
            if clean and clean not in seen:
                seen.append(clean)
    return sorted(seen)


def next_task_key(program_key: str, taken: Container[str], after: int = 0) -> tuple[str, int]:
    """The next free key of a program's task: 'GREEN-WHEELS-T01', 'GREEN-WHEELS-T02', ... (and its number),
    trying numbers above ``after``."""
    n = after
    while True:
        n += 1
        key = f"{program_key}-T{n:02d}"
        if key not in taken:
            return key, n


def percent_after_progress(current: float | None, logged: float | None) -> float | None:
    """The percent a task takes when progress is logged on it with percent ``logged`` (a program with no
    tasks, likewise): the logged percent, or None when nothing moves. Logged in the app or imported alike."""
    if logged is None or current == logged:
        return None
    return float(logged)


def name_key(name: str) -> str:
    """How people's names are compared: single spaces, no case ('kim  minji' is 'Kim Minji'; 김민지 as is)."""
    return " ".join(name.split()).lower()


# A task (or program) in one of these statuses is closed: never overdue, not in anyone's open work.
CLOSED_STATUSES: frozenset[Status] = frozenset({Status.COMPLETED, Status.CANCELLED})


def status_after_progress(current: Status | None, logged: float | None, complete: bool = True) -> Status | None:
    """The status a task takes when progress with percent ``logged`` is logged on it, or None when it keeps
    its own: 100% completes it; more than 0% starts a task that was Planned (or had no status). Logged in
    the app, on the command line or imported alike, so a task's status and percent stay consistent.
    ``complete=False``: the user said 100% does not finish it yet (the app asks first)."""
    if logged is None:
        return None
    if logged >= 100 and complete:
        return None if current is Status.COMPLETED else Status.COMPLETED
    if logged > 0 and current in (None, Status.PLANNED):
        return Status.ACTIVE
    return None


def is_open(status: Status | None) -> bool:
    """Whether a task is still work to do (not completed, not cancelled)."""
    return status not in CLOSED_STATUSES


def is_overdue(due: PartialDate | None, status: Status | None, today: dt.date) -> bool:
    """Overdue: due before today (every day a partial date may mean has gone by) and still open."""
    return due is not None and is_open(status) and due.is_past(today)


def title_sort(title: str) -> str:
    """The value programs are sorted by title on."""
    return title.lower()


KEY_BASE_LENGTH = 40
_KEY_WORD = re.compile(r"[A-Za-z0-9]+")


def key_words(title: str) -> list[str]:
    """The words of a title as key parts: Latin letters and digits, Hangul romanized, accents dropped.

    'Green wheels 2026' -> GREEN, WHEELS, 2026; '마을공동체 지원센터' -> MAEULGONGDONGCHE, JIWONSENTEO.
    Chinese is written in pinyin, a run of characters as one word ('社区营造' -> SHEQUYINGZAO).
    """
    text = title
    if not text.isascii():
        # Hangul first: NFKD would split its syllables into jamo, which the key pattern then drops.
        text = romanize_hangul(text)
        if not text.isascii():
            text = romanize_han(text)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _KEY_WORD.findall(text.upper())
    # "Nanumka (나눔카)": a title that gives its name twice gives it once in the key.
    return [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]


def make_key(title: str, taken: set[str] | frozenset[str] = frozenset(), prefix: str = "") -> str:
    """A readable key from a title: 'Green wheels 2026' -> 'GREEN-WHEELS-2026', unique among ``taken``.

    Korean and Chinese titles are romanized ('나눔카' -> 'NANUMKA', '社区营造' -> 'SHEQUYINGZAO'). A title with
    no letters to use (digits only) gets 'PROGRAM' in front ('PROGRAM', 'PROGRAM-2026'); with a ``prefix``
    and no words at all, the key is the prefix and a number ('GREEN-WHEELS-1'). A number after the base keeps
    every key unique.
    """
    words = key_words(title)
    base = "-".join(words)
    if len(base) > KEY_BASE_LENGTH:
        cut = base[: KEY_BASE_LENGTH + 1].rfind("-")
        # On a word boundary, unless that would drop most of the room (one very long romanized word).
        base = base[:cut] if cut >= KEY_BASE_LENGTH // 2 else base[:KEY_BASE_LENGTH]
    has_letters = bool(base.strip("-0123456789"))  # the base holds only A-Z, 0-9 and hyphens
    if prefix:
        base = f"{prefix}-{base}"[:48].strip("-") if base else prefix
    elif not has_letters:
        base = f"PROGRAM-{base}" if base else "PROGRAM"
    n = 1
    key = f"{base}-{n}" if prefix and not words else base
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key
