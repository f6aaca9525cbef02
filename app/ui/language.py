"""The interface's language and date display for this session.

Qt's translators (our .qm files and Qt's own) translate the window's strings; messages from below the UI
(message codes) are rendered by app/domain/messages.py in the same language, and dates by
app/domain/dates.py in the date style of Preferences (both through app/ui/texts.py). The language is chosen
once at start (``--lang``, else Preferences, else the system's locale); the date style may change while the
app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import config
from app.domain.dates import DateStyle
from app.domain.messages import DEFAULT_LANGUAGE, pick_language

_language = DEFAULT_LANGUAGE
_date_style = DateStyle.ISO.value
_installed: list[QTranslator] = []


def language() -> str:
    """en, ko or zh_CN: the language messages are rendered in."""
    return _language


def date_style() -> str:
    return _date_style


def set_date_style(style: str) -> None:
    global _date_style
    _date_style = style


def reset() -> None:
    """English and ISO dates with no translator, as before anything was chosen (tests start from here)."""
    global _language, _date_style
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _language, _date_style = DEFAULT_LANGUAGE, DateStyle.ISO.value


def language_of(locale: QLocale) -> str:
    return pick_language(None, [locale.name(), *locale.uiLanguages()])


def startup_language(chosen: str | None = None, preferences: config.Preferences | None = None) -> str:
    """``chosen`` (--lang), else the language in ``preferences`` (read when not given), else the system's."""
    if not chosen:
        chosen = (preferences or config.load_preferences()).language
    return pick_language(chosen, QLocale.system().uiLanguages())


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings and ours in the locale's language (resources/translations/civic-tracker_LANG.qm), in
    place of those installed before; messages are rendered in that language from now on."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("civic-tracker", str(config.resources_dir() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language_of(locale)
    return list(_installed)


def start(app: QCoreApplication, chosen: str | None = None) -> str:
    """At start: the language and date display of Preferences (or ``chosen``, from --lang). Returns the language."""
    preferences = config.load_preferences()  # read once for both
    chosen_language = startup_language(chosen, preferences)
    install_translations(app, QLocale(chosen_language))
    set_date_style(preferences.date_style)
    return chosen_language
