"""Undo commands of the Places editor: add, rename, local name and move, each calling PlaceService.

A merge is not one of them: it deletes the merged place after moving what was in it, and the app keeps no
record from which to split it again, so the editor asks before merging instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import PlaceLevel
from app.services.places import PlaceService
from app.ui.commands import CommandContext, ServiceCommand


class PlaceCommand(ServiceCommand):
    """A command on the places; ``ctx`` gives the callbacks (data changed, a failed undo), ``places`` the service."""

    def __init__(self, ctx: CommandContext, places: PlaceService, text: str) -> None:
        super().__init__(ctx, text)
        self.places = places


class AddPlaceCommand(PlaceCommand):
    def __init__(
        self,
        ctx: CommandContext,
        places: PlaceService,
        name: str,
        name_local: str | None,
        parent_key: str | None,
        level: PlaceLevel | None,
    ) -> None:
        super().__init__(
            ctx, places, QCoreApplication.translate("PlaceCommands", "Add place %1").replace("%1", name.strip())
        )
        self.name, self.name_local, self.parent_key, self.level = name, name_local, parent_key, level
        self.key: str | None = None

    def apply(self) -> None:
        self.key = self.places.add_place(self.name, self.name_local, self.parent_key, self.level).key

    def revert(self) -> None:
        assert self.key is not None
        self.places.delete_place(self.key)


class RenamePlaceCommand(PlaceCommand):
    def __init__(self, ctx: CommandContext, places: PlaceService, key: str, before: str, after: str) -> None:
        super().__init__(
            ctx,
            places,
            QCoreApplication.translate("PlaceCommands", "Rename place %1 to %2")
            .replace("%1", before)
            .replace("%2", after.strip()),
        )
        self.key, self.before, self.after = key, before, after

    def apply(self) -> None:
        self.places.rename(self.key, self.after)

    def revert(self) -> None:
        self.places.rename(self.key, self.before)


class LocalNamePlaceCommand(PlaceCommand):
    def __init__(
        self, ctx: CommandContext, places: PlaceService, key: str, name: str, before: str | None, after: str | None
    ) -> None:
        super().__init__(
            ctx, places, QCoreApplication.translate("PlaceCommands", "Local name of %1").replace("%1", name)
        )
        self.key, self.before, self.after = key, before, after

    def apply(self) -> None:
        self.places.set_local_name(self.key, self.after)

    def revert(self) -> None:
        self.places.set_local_name(self.key, self.before)


class MovePlaceCommand(PlaceCommand):
    def __init__(
        self,
        ctx: CommandContext,
        places: PlaceService,
        key: str,
        name: str,
        before: str | None,
        after: str | None,
    ) -> None:
        """``before`` and ``after``: the keys of the old and new parent (None: at the top)."""
        super().__init__(ctx, places, QCoreApplication.translate("PlaceCommands", "Move place %1").replace("%1", name))
        self.key, self.before, self.after = key, before, after

    def apply(self) -> None:
        self.places.move(self.key, self.after)

    def revert(self) -> None:
        self.places.move(self.key, self.before)
