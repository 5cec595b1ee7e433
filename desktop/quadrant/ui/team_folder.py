"""The team folder in the UI: watch it, offer new and updated packs without interrupting.

The folder itself is chosen in the settings dialog; :meth:`TeamFolder.check`
is what to call when that setting changes.

A QFileSystemWatcher watches the folder and its pack files; changes are
gathered for a moment (a copy onto a network drive fires many events) and
then the folder is checked, as it is once at start. New and updated packs
are offered in a non-modal window; a broken pack is reported there once per
content — fixed and broken again, it is reported again.

The template manager can show the "Team" source from :attr:`TeamFolder.packs`
and listen to :attr:`TeamFolder.scanned`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError, StorageError
from quadrant.services import team_folder as team
from quadrant.services.pack_ports import SharingUnitOfWork
from quadrant.services.team_folder import TeamPack, TeamStatus
from quadrant.ui.dialogs.pack_import_dialog import error_text

if TYPE_CHECKING:
    from quadrant.ui.pack_actions import PackActions

log = logging.getLogger(__name__)

SETTLE_MS: Final = 700


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _problem_text(pack: TeamPack) -> str:
    """Why a pack is broken, in the user's language when the reason is one of ours."""
    return error_text(pack.problem) if pack.problem is not None else pack.error


class TeamOffersDialog(QDialog):
    """New and updated packs of the team folder, and those that could not be read.

    Non-modal: the user reviews an offer when it suits her, or says "not now".
    """

    def __init__(
        self, offers: Sequence[TeamPack], broken: Sequence[TeamPack], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_offers")
        self.setWindowTitle(self.tr("Team folder"))
        self.setModal(False)
        self.setMinimumWidth(520)  # file names and reasons wrap less; Dutch runs longer
        self.offers = list(offers)
        self.review_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        for row, pack in enumerate(self.offers):
            text = (
                self.tr("New: “%1”, version %2")
                if pack.status is TeamStatus.NEW
                else self.tr("Update: “%1”, version %2")
            )
            grid.addWidget(
                _plain(text.replace("%1", pack.name).replace("%2", pack.version)), row, 0
            )
            button = QPushButton(self.tr("Review…"))
            button.setAccessibleName(self.tr("Review %1").replace("%1", pack.name))
            grid.addWidget(button, row, 1)
            self.review_buttons.append(button)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.broken_label = _plain("")
        if broken:
            lines = [self.tr("These files in the team folder could not be read:")]
            lines += [f"{pack.path.name}: {_problem_text(pack)}" for pack in broken]
            self.broken_label.setText("\n".join(lines))
            layout.addWidget(self.broken_label)
        self.buttons = QDialogButtonBox()
        self.not_now = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.not_now.setVisible(bool(self.offers))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(lambda _button: self.close())
        layout.addWidget(self.buttons)


class TeamFolder(QObject):
    """Chooses, watches and checks the team folder for one main window.

    Signals:
        scanned(list): the folder was checked; the TeamPack list ("Team" source).
    """

    scanned = Signal(list)
    _surveyed = Signal(object)  # TeamSurvey | QuadrantError, from the worker thread

    def __init__(self, actions: PackActions, parent: QWidget) -> None:
        super().__init__(parent)
        self._actions = actions
        self._window = parent
        self.packs: list[TeamPack] = []
        self.offers_dialog: TeamOffersDialog | None = None
        self._reported: set[tuple[str, str]] = set()
        self.problem = ""
        """Why the folder could not be read at the last check ("" when it could)."""
        self._scanning = False
        self._checked = False
        self._again = False
        self._surveyed.connect(self._on_surveyed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_watcher_changed)
        self.watcher.fileChanged.connect(self._on_watcher_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)

    def folder(self) -> Path | None:
        """The chosen team folder, or None."""
        return team.team_folder(self._actions.new_uow())

    def set_folder(self, folder: Path | None) -> None:
        """Choose (or forget) the team folder and check it at once."""
        team.set_team_folder(self._actions.new_uow(), folder)
        self.check()

    def check(self) -> None:
        """Look at the folder again, away from the window; ``scanned`` reports the result.

        A shared drive can take seconds to answer (or hang while it wakes
        up), so the reading runs in a thread of its own and the window never
        waits for it. A check asked for while one runs follows it.
        """
        if self._scanning:
            self._again = True
            return
        folder = self.folder()
        if folder is None:
            self.problem = ""
            self._watch(None, [])
            self._publish([])
            return
        self._scanning = True
        new_uow = self._actions.new_uow
        worker = threading.Thread(
            target=self._survey, args=(new_uow, folder), name="team-folder", daemon=True
        )
        worker.start()

    @property
    def scanning(self) -> bool:
        """Whether the folder is being read right now."""
        return self._scanning

    @property
    def checked(self) -> bool:
        """Whether the folder was read at least once since start."""
        return self._checked

    def _survey(self, new_uow: Callable[[], SharingUnitOfWork], folder: Path) -> None:
        """Worker thread: read the folder; the result travels back through a queued signal."""
        outcome: team.TeamSurvey | QuadrantError
        try:
            outcome = team.survey_team_folder(new_uow, folder)
        except QuadrantError as e:
            outcome = e
        except Exception as e:  # the thread must always report back, or checks stop
            log.exception("checking the team folder failed")
            outcome = StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The team folder could not be checked; the log has the details."
                )
            )
            outcome.__cause__ = e
        try:
            self._surveyed.emit(outcome)
        except RuntimeError:  # the window closed while the drive was being read
            log.info("team folder checked after the window closed")

    def _on_surveyed(self, outcome: object) -> None:
        self._scanning = False
        if isinstance(outcome, QuadrantError):
            self.problem = error_text(outcome)
            self._actions.message.emit(self.problem)
            self._publish([])
        elif isinstance(outcome, team.TeamSurvey) and outcome.folder == self.folder():
            self._show(outcome)
        if self._again:
            self._again = False
            self.check()

    def _show(self, survey: team.TeamSurvey) -> None:
        self.problem = ""
        self._watch(survey.folder, [pack.path for pack in survey.packs])
        self._publish(survey.packs)
        broken = [
            p for p in survey.packs if p.status is TeamStatus.BROKEN and self._first_report(p)
        ]
        if survey.offers or broken:
            self._offer(survey.offers, broken)

    def _publish(self, packs: list[TeamPack]) -> None:
        self._checked = True
        self.packs = packs
        self.scanned.emit(packs)

    def _first_report(self, pack: TeamPack) -> bool:
        key = (str(pack.path), pack.digest)
        if key in self._reported:
            return False
        self._reported.add(key)
        return True

    def _watch(self, folder: Path | None, files: list[Path]) -> None:
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        if folder is None:
            return
        self.watcher.addPath(str(folder))
        if files:
            self.watcher.addPaths([str(path) for path in files])

    def _offer(self, offers: list[TeamPack], broken: list[TeamPack]) -> None:
        if self.offers_dialog is not None:
            self.offers_dialog.close()
        dialog = TeamOffersDialog(offers, broken, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for pack, button in zip(offers, dialog.review_buttons, strict=True):
            button.clicked.connect(lambda _checked=False, p=pack: self.review(p))
        dialog.not_now.clicked.connect(lambda: self._answer(offers))
        dialog.destroyed.connect(self._forget_dialog)
        self.offers_dialog = dialog
        dialog.show()

    def _forget_dialog(self) -> None:
        self.offers_dialog = None

    def review(self, pack: TeamPack) -> None:
        """Open the import preview of a pack; importing it answers the offer."""
        dialog = self._actions.open_file(pack.path)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._on_imported(pack))

    def _on_imported(self, pack: TeamPack) -> None:
        self._answer([pack])
        self.check()  # the pack is now up to date: the Team view shows it so

    def _answer(self, packs: list[TeamPack]) -> None:
        for pack in packs:
            team.answer_offer(self._actions.new_uow(), pack)

    def _on_watcher_changed(self, _path: str) -> None:
        self._settle.start()
