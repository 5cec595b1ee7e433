"""The template manager's "Team" source: the packs in the team folder, read-only.

Templates in the team folder are not in the library until the user imports
them, so they are listed apart from it: each pack as a row with its status
(new, update, up to date, cannot be read), its templates below it, each with
what importing would do to it. Importing goes through the ordinary preview
(:meth:`TeamSource.review`), so a team pack gets the same scrutiny as a file
from an e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from quadrant.domain.pack_plan import ItemStatus, PlanItem
from quadrant.domain.templates import Template
from quadrant.services.team_folder import TeamPack, TeamStatus
from quadrant.services.templates import TemplateQuery
from quadrant.ui.dialogs.pack_import_dialog import error_text, status_label
from quadrant.ui.i18n import Plurals
from quadrant.ui.plain_text import plain_tooltip
from quadrant.ui.reply_labels import kind_short, language_label, tone_label

TEAM_SOURCE: Final = "team"
"""The source filter's value for the team folder (the library's sources are TemplateSource)."""

PACK_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""Every row of the team view carries its pack under this role."""


class TeamSource(Protocol):
    """The team folder as the template manager sees it (ui.team_folder.TeamFolder)."""

    packs: list[TeamPack]
    problem: str
    scanned: SignalInstance

    @property
    def scanning(self) -> bool:
        """Whether the folder is being read right now."""
        ...

    @property
    def checked(self) -> bool:
        """Whether the folder was read at least once since start."""
        ...

    def folder(self) -> Path | None:
        """The chosen folder, or None."""
        ...

    def check(self) -> None:
        """Read the folder again, in the background."""
        ...

    def review(self, pack: TeamPack) -> None:
        """Open the import preview of ``pack``."""
        ...


def pack_status_label(pack: TeamPack) -> str:
    """What a team pack means for the user, in a few words."""
    if pack.status is TeamStatus.BROKEN:
        return QCoreApplication.translate("TeamTemplates", "Cannot be read")
    labels = {
        TeamStatus.NEW: QCoreApplication.translate("TeamTemplates", "New, version %1"),
        TeamStatus.UPDATE: QCoreApplication.translate("TeamTemplates", "Update to version %1"),
        TeamStatus.CURRENT: QCoreApplication.translate("TeamTemplates", "Up to date, version %1"),
    }
    return labels[pack.status].replace("%1", pack.version)


def team_state_text(team: TeamSource, shown: int) -> str:
    """The line under the list: where the packs come from, or why there are none."""
    folder = team.folder()
    if folder is None:
        return QCoreApplication.translate(
            "TeamTemplates", "No team folder is chosen. Choose one in Settings (Ctrl+,)."
        )
    if team.scanning and not team.packs:
        return QCoreApplication.translate("TeamTemplates", "Reading the team folder…")
    if team.problem:
        return team.problem
    if not team.packs:
        return QCoreApplication.translate(
            "TeamTemplates", "The team folder %1 has no template packs."
        ).replace("%1", str(folder))
    packs = Plurals.tr("%n pack(s) in %1. Choose one and Import to review it.", "", shown)
    return packs.replace("%1", str(folder))


def fill_team_tree(tree: QTreeWidget, packs: Sequence[TeamPack], query: TemplateQuery) -> int:
    """Fill ``tree`` with the team packs and their templates matching ``query``.

    Returns:
        How many packs are listed (a pack without matching templates is left
        out while the filter is narrowed, never when it is not).
    """
    narrowed = query != TemplateQuery()
    listed = 0
    for pack in packs:
        items = [i for i in pack.plan.items if query.matches(i.incoming)] if pack.plan else []
        if narrowed and not items:
            continue
        row = _pack_row(pack, items)
        tree.addTopLevelItem(row)
        row.setFirstColumnSpanned(True)  # the pack's status reads as one line
        listed += 1
    tree.expandAll()
    return listed


def _pack_row(pack: TeamPack, items: Sequence[PlanItem]) -> QTreeWidgetItem:
    row = QTreeWidgetItem([f"{pack.name} — {pack_status_label(pack)}"])
    row.setData(0, PACK_ROLE, pack)
    font = row.font(0)
    font.setBold(True)
    row.setFont(0, font)
    row.setToolTip(0, plain_tooltip(f"{pack.path}\n{pack_summary(pack)}"))
    for item in items:
        row.addChild(_template_row(pack, item))
    return row


def pack_summary(pack: TeamPack) -> str:
    """What a team pack is and what importing it would do, for the line under the list."""
    if pack.plan is None:
        problem = error_text(pack.problem) if pack.problem is not None else pack.error
        return f"{pack.path.name}: {problem}"
    meta = pack.plan.pack.metadata
    made = (
        QCoreApplication.translate("TeamTemplates", "“%1”, version %2, by %3")
        if meta.author
        else QCoreApplication.translate("TeamTemplates", "“%1”, version %2")
    )
    head = made.replace("%1", meta.name).replace("%2", meta.version).replace("%3", meta.author)
    counts = (
        QCoreApplication.translate(
            "TeamTemplates", "New: %1 · Changed: %2 · Conflicts: %3 · Already here: %4"
        )
        .replace("%1", str(pack.plan.count(ItemStatus.NEW)))
        .replace("%2", str(pack.plan.count(ItemStatus.CHANGED)))
        .replace("%3", str(pack.plan.count(ItemStatus.CONFLICTING)))
        .replace("%4", str(pack.plan.count(ItemStatus.IDENTICAL)))
    )
    return "\n".join(part for part in (head, meta.description, counts) if part)


def _template_row(pack: TeamPack, item: PlanItem) -> QTreeWidgetItem:
    template = item.incoming
    row = QTreeWidgetItem(
        [template.name, kind_short(template.kind), tone_label(template.tone),
         language_label(template.language), status_label(item)]
    )  # fmt: skip
    row.setData(0, Qt.ItemDataRole.UserRole, template)
    row.setData(0, PACK_ROLE, pack)
    return row


def pack_of(row: QTreeWidgetItem | None) -> TeamPack | None:
    """The team pack a row of the team view belongs to."""
    pack = row.data(0, PACK_ROLE) if row is not None else None
    return pack if isinstance(pack, TeamPack) else None


def template_of(row: QTreeWidgetItem | None) -> Template | None:
    """The team template on a row (None on a pack's own row)."""
    template = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
    return template if isinstance(template, Template) else None


def find_row(
    tree: QTreeWidget, pack: TeamPack | None, template: Template | None
) -> QTreeWidgetItem | None:
    """The row of the same pack (and template) after a reload, found by path and uid."""
    if pack is None:
        return None
    for index in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(index)
        if row is None or getattr(pack_of(row), "path", None) != pack.path:
            continue
        for child in (row.child(i) for i in range(row.childCount())):
            found = template_of(child)
            if template is not None and found is not None and found.uid == template.uid:
                return child
        return row
    return None
