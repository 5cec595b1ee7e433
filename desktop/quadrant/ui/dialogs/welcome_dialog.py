"""The welcome screen of a new, empty database: the four quadrants, and how to begin.

Shown once. The user starts with an empty matrix or with the example week,
which File → Remove example data clears again in one click.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.matrix import Quadrant
from quadrant.ui.labels import quadrant_title


class Start(Enum):
    """How the user chose to begin."""

    EMPTY = "empty"
    EXAMPLE = "example"


class WelcomeDialog(QDialog):
    """Explains the matrix in two sentences a quadrant; the choice is in ``choice``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to Quadrant"))
        self.choice = Start.EMPTY
        heading = QLabel(self.tr("Welcome to Quadrant"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Quadrant sorts your work by two questions: is it urgent, and is it "
                "important? Every task lands in one of four quadrants."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self._matrix())
        outro = QLabel(
            self.tr(
                "The example week shows a few days of an assistant working for four "
                "managers. File → Remove example data clears it again."
            )
        )
        outro.setWordWrap(True)
        layout.addWidget(outro)
        buttons = QDialogButtonBox()
        self.example_button = QPushButton(self.tr("Try the &example week"))
        self.empty_button = QPushButton(self.tr("&Start empty"))
        buttons.addButton(self.example_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.example_button.clicked.connect(self._on_example_clicked)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        self.example_button.setDefault(True)  # the gentler start; File menu clears it again
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _matrix(self) -> QGridLayout:
        explanations = {
            Quadrant.DO: self.tr(
                "Urgent and important: a deadline that matters is close. "
                "Do these first, and keep this list short."
            ),
            Quadrant.PLAN: self.tr(
                "Important but not urgent: the work that moves things forward. "
                "Block time for it before others fill your week."
            ),
            Quadrant.DELEGATE: self.tr(
                "Urgent for someone else, but not important for your goals. "
                "Pass it on, or agree on another moment."
            ),
            Quadrant.DROP: self.tr("Neither urgent nor important. Say no kindly, or let it go."),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        for quadrant, text in explanations.items():
            grid.addWidget(_card(quadrant_title(quadrant), text), *_cell(quadrant))
        return grid

    def _on_example_clicked(self) -> None:
        self.choice = Start.EXAMPLE
        self.accept()

    def _on_empty_clicked(self) -> None:
        self.choice = Start.EMPTY
        self.accept()


def _cell(quadrant: Quadrant) -> tuple[int, int]:
    """Row and column as in the main window: important on top, urgent on the left."""
    return (0 if quadrant.important else 1, 0 if quadrant.urgent else 1)


def _card(title: str, text: str) -> QFrame:
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    heading = QLabel(title)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    body = QLabel(text)
    body.setTextFormat(Qt.TextFormat.PlainText)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    layout = QVBoxLayout(card)
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return card
