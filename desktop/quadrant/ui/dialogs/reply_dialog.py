"""The reply dialog: draft a boundary reply from a task, send it from the mail program, record it.

The text is drafted from a template as the choices change, with gaps to fill
highlighted. Once the user edits the text herself, changing a choice no
longer overwrites it; "Redraft" brings the template text back.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.mailto import mailto_url
from quadrant.domain.matrix import add_working_days
from quadrant.domain.replies import Language, ReplyKind, Tone, context_values
from quadrant.domain.templates import Template
from quadrant.services.replies import ReplyInputs, SentReply, default_follow_up
from quadrant.services.templates import source_from_text
from quadrant.ui.dialogs.reply_widgets import (
    DisplacedPicker,
    DraftPanel,
    date_edit,
    from_qdate,
    to_qdate,
)
from quadrant.ui.reply_labels import effect_text, kind_label, language_label, tone_label


class ReplyHost(Protocol):
    """What the dialog asks of the application (ReplyActions provides it)."""

    def templates_for(self, kind: ReplyKind, tone: Tone, language: Language) -> list[Template]:
        """Templates to draft from, best first."""
        ...

    def send_reply(self, draft: SentReply) -> str | None:
        """Record and apply the reply (undoable); None on success, else why not."""
        ...

    def save_reply_template(self, template: Template) -> str | None:
        """Store a new template; None on success, else why not."""
        ...

    def open_mail(self, url: str) -> bool:
        """Hand a mailto: URL to the mail program; False when none opened."""
        ...

    def remember_my_name(self, name: str) -> None:
        """Keep the signature name for the next reply."""
        ...


class ReplyDialog(QDialog):
    """Drafts a reply about one task; "Mark as sent" records it and applies its effect."""

    def __init__(
        self,
        host: ReplyHost,
        inputs: ReplyInputs,
        kind: ReplyKind = ReplyKind.YES_IF,
        language: Language = Language.NL,
        tone: Tone = Tone.WARM,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._inputs = inputs
        self._edited = False
        self._drafting = False
        self._values: dict[str, str | None] = {}
        self.setWindowTitle(self.tr("Reply about “%1”").replace("%1", inputs.task.title))
        self.setObjectName("reply_dialog")
        self.resize(1040, 680)
        choices = self._build_choices(kind, tone, language)
        draft = self._build_draft()
        columns = QHBoxLayout()
        columns.addWidget(choices, 5)
        columns.addWidget(draft, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        buttons = self._build_buttons()
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._fill_defaults()
        self._connect()
        self._on_kind_changed()

    # Building --------------------------------------------------------------

    def _build_choices(self, kind: ReplyKind, tone: Tone, language: Language) -> QGroupBox:
        box = QGroupBox(self.tr("Reply"))
        form = QFormLayout(box)
        self.form = form
        self.kind = self._combo(self.tr("Kind of reply"), [(kind_label(k), k) for k in ReplyKind])
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.tone = self._combo(self.tr("Tone"), [(tone_label(t), t) for t in Tone])
        self.tone.setCurrentIndex(self.tone.findData(tone))
        self.language = self._combo(
            self.tr("Language of the reply"), [(language_label(lang), lang) for lang in Language]
        )
        self.language.setCurrentIndex(self.language.findData(language))
        tone_row = QHBoxLayout()
        tone_row.addWidget(self.tone, 1)
        language_label_widget = QLabel(self.tr("&Language:"))
        language_label_widget.setBuddy(self.language)
        tone_row.addWidget(language_label_widget)
        tone_row.addWidget(self.language, 1)
        self.template = self._combo(self.tr("Template"), [])
        self.alternative = date_edit()
        self.alternative.setAccessibleName(self.tr("Proposed date"))
        self.delegate_to = QLineEdit()
        self.delegate_to.setAccessibleName(self.tr("Who can help instead"))
        self.delegate_to.setPlaceholderText(self.tr("Name, e.g. Mark from Facilities"))
        self.displaced = DisplacedPicker()
        self.has_follow_up = QCheckBox(self.tr("&Follow up on"))
        self.has_follow_up.setAccessibleName(self.tr("Follow up on a date"))
        self.follow_up = date_edit()
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.has_follow_up)
        follow_row.addWidget(self.follow_up, 1)
        self.my_name = QLineEdit(self._inputs.my_name or "")
        self.my_name.setAccessibleName(self.tr("Sign as"))
        self.my_name.setPlaceholderText(self.tr("Your name, for the signature"))
        self.effect = QLabel()
        self.effect.setTextFormat(Qt.TextFormat.PlainText)
        self.effect.setWordWrap(True)
        self.effect.setAccessibleName(self.tr("What marking as sent does"))
        form.addRow(self.tr("&Kind:"), self.kind)
        tone_title = QLabel(self.tr("T&one:"))
        tone_title.setBuddy(self.tone)  # a row of widgets gets no buddy by itself
        form.addRow(tone_title, tone_row)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Proposed date:"), self.alternative)
        form.addRow(self.tr("&Redirect to:"), self.delegate_to)
        form.addRow(self.tr("&Give way:"), self.displaced)
        form.addRow("", follow_row)
        form.addRow(self.tr("Sig&n as:"), self.my_name)
        form.addRow(self.effect)
        return box

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_draft(self) -> DraftPanel:
        requester = self._inputs.requester
        email = requester.email if requester else ""
        name = requester.name if requester else self._inputs.task.requester_name
        panel = DraftPanel(f"{name} <{email}>" if email else name)
        self.to, self.subject, self.body = panel.to, panel.subject, panel.body
        self.gaps, self.redraft = panel.gaps, panel.redraft
        self.draft_panel = panel
        return panel

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.save_template_button = QPushButton(self.tr("Save as t&emplate…"))
        # No default button: Enter in the subject must not mark the reply as sent.
        self.send_button = QPushButton(self.tr("Mark as &sent"))
        self.close_button = QPushButton(self.tr("Close"))
        names = {
            self.copy_button: self.tr("Copy the text"),
            self.mail_button: self.tr("Open in the mail program"),
            self.save_template_button: self.tr("Save as a new template"),
            self.send_button: self.tr("Mark as sent"),
            self.close_button: self.tr("Close"),
        }
        for button, name in names.items():
            button.setAccessibleName(name)
            buttons.addWidget(button)
            if button is self.save_template_button:
                buttons.addStretch(1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        return buttons

    def _fill_defaults(self) -> None:
        today = self._inputs.today
        later = add_working_days(today, self._inputs.horizon_days + 1)
        self.alternative.setMinimumDate(to_qdate(today))
        self.alternative.setDate(to_qdate(later))
        self.displaced.set_later_date(later, today)
        self.displaced.set_tasks(self._inputs.candidates, self._inputs.suggested)
        self.follow_up.setMinimumDate(to_qdate(today))

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for combo in (self.tone, self.language):
            combo.currentIndexChanged.connect(self._on_templates_changed)
        self.template.currentIndexChanged.connect(self._redraw)
        self.alternative.dateChanged.connect(self._redraw)
        self.delegate_to.textChanged.connect(self._redraw)
        self.my_name.textChanged.connect(self._redraw)
        self.displaced.changed.connect(self._redraw)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.body.textChanged.connect(self._on_text_edited)
        self.subject.textEdited.connect(self._on_text_edited)
        self.redraft.clicked.connect(self._on_redraft_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.mail_button.clicked.connect(self._on_mail_clicked)
        self.save_template_button.clicked.connect(self._on_save_template_clicked)
        self.send_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)

    # Reading the choices ---------------------------------------------------

    def chosen_kind(self) -> ReplyKind:
        """The kind of reply chosen."""
        return ReplyKind(self.kind.currentData())

    def chosen_language(self) -> Language:
        """The reply's language."""
        return Language(self.language.currentData())

    def chosen_template(self) -> Template | None:
        """The template the text is drafted from."""
        template = self.template.currentData()
        return template if isinstance(template, Template) else None

    def draft(self) -> SentReply:
        """What "Mark as sent" records."""
        kind = self.chosen_kind()
        template = self.chosen_template()
        uses_tasks = kind in (ReplyKind.YES_IF, ReplyKind.ASK_TO_CHOOSE)
        assert self._inputs.task.id is not None
        return SentReply(
            task_id=self._inputs.task.id,
            kind=kind,
            tone=Tone(self.tone.currentData()),
            language=self.chosen_language(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            template_id=template.id if template else None,
            alternative_date=self._alternative() if kind is ReplyKind.POSTPONE else None,
            displaced=self.displaced.choices() if uses_tasks else (),
            delegate_to=self.delegate_to.text().strip() if kind is ReplyKind.DELEGATE else "",
            follow_up=from_qdate(self.follow_up.date()) if self.has_follow_up.isChecked() else None,
        )

    def _alternative(self) -> date:
        return from_qdate(self.alternative.date())

    # Reacting --------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        kind = self.chosen_kind()
        self.form.setRowVisible(self.alternative, kind is ReplyKind.POSTPONE)
        self.form.setRowVisible(self.delegate_to, kind is ReplyKind.DELEGATE)
        self.form.setRowVisible(self.displaced, kind in (ReplyKind.YES_IF, ReplyKind.ASK_TO_CHOOSE))
        self.displaced.set_actions_visible(kind is ReplyKind.YES_IF)
        follow_up = default_follow_up(kind, self._inputs.today)
        self.has_follow_up.setChecked(follow_up is not None)
        self.follow_up.setEnabled(follow_up is not None)
        self.follow_up.setDate(to_qdate(follow_up or add_working_days(self._inputs.today, 3)))
        self.effect.setText(effect_text(kind))
        self._on_templates_changed()

    def _on_templates_changed(self) -> None:
        templates = self._host.templates_for(
            self.chosen_kind(), Tone(self.tone.currentData()), self.chosen_language()
        )
        self.template.blockSignals(True)
        self.template.clear()
        for template in templates:
            self.template.addItem(template.name, template)
        self.template.blockSignals(False)
        self._redraw()

    def _context_values(self) -> dict[str, str | None]:
        context = self._inputs.context(
            alternative_date=self._alternative(),
            displaced=self.displaced.ticked(),
            delegate_to=self.delegate_to.text(),
            my_name=self.my_name.text(),
        )
        return context_values(context, self.chosen_language())

    def _redraw(self) -> None:
        self._values = self._context_values()
        template = self.chosen_template()
        if not self._edited and template is not None:
            rendered = template.render(self._values)
            self._drafting = True
            self.subject.setText(rendered.subject.text)
            self.subject.setCursorPosition(0)  # show the start of a long subject
            self.body.setPlainText(rendered.body.text)
            self._drafting = False
        self._show_gaps()

    def _on_text_edited(self) -> None:
        if not self._drafting:
            self._edited = True
            self._show_gaps()

    def _show_gaps(self) -> None:
        self.draft_panel.show_gaps(edited=self._edited)

    def _on_redraft_clicked(self) -> None:
        self._edited = False
        self._redraw()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self._say(self.tr("The text is on the clipboard."))

    def _on_mail_clicked(self) -> None:
        requester = self._inputs.requester
        url = mailto_url(
            requester.email if requester else "", self.subject.text(), self.body.toPlainText()
        )
        if not self._host.open_mail(url):
            self._say(self.tr("No mail program opened. Copy the text instead."))

    def _on_save_template_clicked(self) -> None:
        asker = QInputDialog(self)
        asker.setWindowTitle(self.tr("Save as template"))
        asker.setLabelText(self.tr("Name of the new template:"))
        template = self.chosen_template()
        asker.setTextValue(
            self.tr("%1 (my version)").replace("%1", template.name if template else "")
        )
        asker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        asker.textValueSelected.connect(self._save_as_template)
        asker.open()
        self.name_prompt = asker

    def _save_as_template(self, name: str) -> None:
        values = self._values
        template = Template(
            uid="",
            name=name.strip(),
            kind=self.chosen_kind(),
            tone=Tone(self.tone.currentData()),
            language=self.chosen_language(),
            subject=source_from_text(self.subject.text(), values),
            body=source_from_text(self.body.toPlainText(), values),
        )
        problem = self._host.save_reply_template(template)
        self._say(problem or self.tr("Saved as template “%1”.").replace("%1", name.strip()))
        if problem is None:
            self._on_templates_changed_keep_text()

    def _on_templates_changed_keep_text(self) -> None:
        edited, self._edited = self._edited, True
        self._on_templates_changed()
        self._edited = edited

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def accept(self) -> None:
        """Mark as sent: record and apply; stay open with the reason when it fails."""
        if self.my_name.text().strip() != (self._inputs.my_name or ""):
            self._host.remember_my_name(self.my_name.text())
        problem = self._host.send_reply(self.draft())
        if problem is None:
            super().accept()
        else:
            self._say(problem)
