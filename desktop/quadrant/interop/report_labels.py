"""The words of a week report, in English and Dutch, and how numbers are written.

A report is a document the user hands to someone, in the language she picks
for it, whatever language the app speaks; so these are plain data here, not
Qt translations. Keys that are not found (a reply kind added later) fall back
to English, then to the key itself: a report never fails for want of a word.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "nl")

_EN: dict[str, str] = {
    "title.reflection": "Week {week}: my reflection",
    "title.value": "Week {week}: what I did, and for whom",
    "period": "{first} to {last}",
    "h.numbers": "The week in numbers",
    "h.quadrants": "Work per quadrant",
    "h.interruptions": "Interruptions and changes, by requester",
    "h.causes": "Reprioritisations, by cause",
    "h.replies": "Replies sent",
    "h.done": "What was done, and for whom",
    "h.focus": "Protected focus time",
    "h.renegotiated": "Requests renegotiated",
    "h.notes": "Notes from the log",
    "h.reflection": "Reflection",
    "col.figure": "Figure",
    "col.this_week": "This week",
    "col.average": "Average of the {weeks} weeks before",
    "col.quadrant": "Quadrant",
    "col.captured": "Captured",
    "col.completed": "Completed",
    "col.requester": "Requester",
    "col.urgent_requests": "Urgent requests",
    "col.changes": "Changes they caused",
    "col.cause": "Cause",
    "col.count": "Number",
    "col.kind": "Reply",
    "col.sent": "Sent",
    "col.task": "Task",
    "fig.captured": "Tasks captured",
    "fig.completed": "Tasks completed",
    "fig.plan_share": "Share of completed work that was planned (important, not urgent)",
    "fig.interruptions": "Urgent requests (interruptions)",
    "fig.moves": "Reprioritisations",
    "fig.replies": "Replies sent",
    "fig.overdue": "Overdue at the end of the week",
    "fig.focus_minutes": "Focus time on planned work (estimated)",
    "quadrant.do": "Do now (urgent, important)",
    "quadrant.plan": "Plan (important, not urgent)",
    "quadrant.delegate": "Delegate (urgent, not important)",
    "quadrant.drop": "Drop (neither)",
    "cause.self": "My own planning",
    "cause.requester": "A requester",
    "cause.deadline": "A deadline came near",
    "cause.reply": "A reply I sent",
    "cause.import": "An import",
    "cause.undo": "Undone",
    "kind.decline": "Declined",
    "kind.postpone": "Postponed",
    "kind.yes_if": "Yes, if…",
    "kind.delegate": "Redirected",
    "kind.hand_back": "Handed back",
    "kind.ask_to_choose": "Asked to choose",
    "reason.new_request": "New request",
    "reason.deadline_changed": "Deadline changed",
    "reason.manager_changed_priority": "Manager changed the priority",
    "reason.own_planning": "Own planning",
    "reason.emergency": "Emergency",
    "outcome.accepted": "Accepted",
    "outcome.pushed_back": "Pushed back",
    "outcome.pending": "No answer yet",
    "chart.quadrant_share": "Completed work per quadrant",
    "chart.disruptions": "Urgent requests per requester",
    "chart.replies": "Replies sent per kind",
    "no_requester": "My own initiative",
    "other_requesters": "Other requesters",
    "withheld_tasks": "Tasks: {count} (details left out)",
    "withheld_title": "(left out)",
    "nothing": "Nothing this week.",
    "not_answered": "Not answered.",
    "focus_text": "Planned tasks completed: {count}. Estimated time they took: {time}. "
    "This is important work, done before it became urgent.",
    "focus_none": "No planned (important, not urgent) work was completed this week.",
    "renegotiated_text": "Replies sent: {replies}. Requests declined or dropped: {dropped}. "
    "Priority changes that followed a reply: {moves}.",
    "summary": "Tasks completed: {completed}. Requesters served: {people}. Share of the "
    "completed work that was planned (important, not urgent): {share}.",
    "summary_no_share": "No tasks were completed this week.",
    "dash": "–",
    "move": "{title}: {source} → {target}",
    "hours": "{hours} h {minutes} min",
    "minutes": "{minutes} min",
    "months": "January February March April May June July August September October "
    "November December",
    "prompt.went_well": "What went well this week?",
    "prompt.learned": "What did I learn, including from my mistakes?",
    "prompt.added_value": "Where did I add value, and for whom?",
    "prompt.influence": "What could I influence, and what did I let go?",
    "prompt.next_week": "What will I do differently next week?",
}

_NL: dict[str, str] = {
    "title.reflection": "Week {week}: mijn reflectie",
    "title.value": "Week {week}: wat ik deed, en voor wie",
    "period": "{first} tot en met {last}",
    "h.numbers": "De week in cijfers",
    "h.quadrants": "Werk per kwadrant",
    "h.interruptions": "Onderbrekingen en wijzigingen, per aanvrager",
    "h.causes": "Herprioriteringen, per oorzaak",
    "h.replies": "Verstuurde antwoorden",
    "h.done": "Wat er gedaan is, en voor wie",
    "h.focus": "Beschermde focustijd",
    "h.renegotiated": "Heronderhandelde verzoeken",
    "h.notes": "Notities uit het logboek",
    "h.reflection": "Reflectie",
    "col.figure": "Cijfer",
    "col.this_week": "Deze week",
    "col.average": "Gemiddelde van de {weeks} weken ervoor",
    "col.quadrant": "Kwadrant",
    "col.captured": "Vastgelegd",
    "col.completed": "Afgerond",
    "col.requester": "Aanvrager",
    "col.urgent_requests": "Dringende verzoeken",
    "col.changes": "Wijzigingen door hen",
    "col.cause": "Oorzaak",
    "col.count": "Aantal",
    "col.kind": "Antwoord",
    "col.sent": "Verstuurd",
    "col.task": "Taak",
    "fig.captured": "Taken vastgelegd",
    "fig.completed": "Taken afgerond",
    "fig.plan_share": "Deel van het afgeronde werk dat gepland was (belangrijk, niet dringend)",
    "fig.interruptions": "Dringende verzoeken (onderbrekingen)",
    "fig.moves": "Herprioriteringen",
    "fig.replies": "Verstuurde antwoorden",
    "fig.overdue": "Te laat aan het eind van de week",
    "fig.focus_minutes": "Focustijd aan gepland werk (geschat)",
    "quadrant.do": "Nu doen (dringend, belangrijk)",
    "quadrant.plan": "Plannen (belangrijk, niet dringend)",
    "quadrant.delegate": "Delegeren (dringend, niet belangrijk)",
    "quadrant.drop": "Laten vallen (geen van beide)",
    "cause.self": "Mijn eigen planning",
    "cause.requester": "Een aanvrager",
    "cause.deadline": "Een naderende deadline",
    "cause.reply": "Een antwoord dat ik stuurde",
    "cause.import": "Een import",
    "cause.undo": "Ongedaan gemaakt",
    "kind.decline": "Afgeslagen",
    "kind.postpone": "Uitgesteld",
    "kind.yes_if": "Ja, als…",
    "kind.delegate": "Doorverwezen",
    "kind.hand_back": "Teruggelegd",
    "kind.ask_to_choose": "Laten kiezen",
    "reason.new_request": "Nieuw verzoek",
    "reason.deadline_changed": "Deadline gewijzigd",
    "reason.manager_changed_priority": "Manager wijzigde de prioriteit",
    "reason.own_planning": "Eigen planning",
    "reason.emergency": "Noodgeval",
    "outcome.accepted": "Geaccepteerd",
    "outcome.pushed_back": "Niet geaccepteerd",
    "outcome.pending": "Nog geen reactie",
    "chart.quadrant_share": "Afgerond werk per kwadrant",
    "chart.disruptions": "Dringende verzoeken per aanvrager",
    "chart.replies": "Verstuurde antwoorden per soort",
    "no_requester": "Eigen initiatief",
    "other_requesters": "Andere aanvragers",
    "withheld_tasks": "Taken: {count} (details weggelaten)",
    "withheld_title": "(weggelaten)",
    "nothing": "Niets deze week.",
    "not_answered": "Niet beantwoord.",
    "focus_text": "Geplande taken afgerond: {count}. Geschatte tijd eraan besteed: {time}. "
    "Dit is belangrijk werk, gedaan voordat het dringend werd.",
    "focus_none": "Deze week is geen gepland (belangrijk, niet dringend) werk afgerond.",
    "renegotiated_text": "Verstuurde antwoorden: {replies}. Verzoeken afgeslagen of "
    "geschrapt: {dropped}. Prioriteitswijzigingen na een antwoord: {moves}.",
    "summary": "Taken afgerond: {completed}. Aanvragers geholpen: {people}. Deel van het "
    "afgeronde werk dat gepland was (belangrijk, niet dringend): {share}.",
    "summary_no_share": "Deze week zijn geen taken afgerond.",
    "dash": "–",
    "move": "{title}: {source} → {target}",
    "hours": "{hours} u {minutes} min",
    "minutes": "{minutes} min",
    "months": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
    "prompt.went_well": "Wat ging er goed deze week?",
    "prompt.learned": "Wat heb ik geleerd, ook van mijn fouten?",
    "prompt.added_value": "Waar voegde ik waarde toe, en voor wie?",
    "prompt.influence": "Waar had ik invloed op, en wat heb ik losgelaten?",
    "prompt.next_week": "Wat doe ik volgende week anders?",
}

_LABELS = {"en": _EN, "nl": _NL}


class Labels:
    """The words and number formats of one report language."""

    def __init__(self, language: str) -> None:
        if language not in _LABELS:
            raise ValueError(f"unknown report language {language!r}")
        self.language = language
        self._words = _LABELS[language]

    def __call__(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``{name}`` fields filled from ``values``."""
        template = self._words.get(key) or _EN.get(key)
        if template is None:  # a key from a newer feature: show it readably
            return (key.partition(".")[2] or key).replace("_", " ")
        return template.format(**values) if values else template

    def number(self, value: float, decimals: int = 1) -> str:
        """A number as this language writes it: whole numbers bare, else ``decimals`` places."""
        text = f"{value:.0f}" if float(value).is_integer() else f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language == "nl" else text

    def percent(self, share: float) -> str:
        """A share from 0 to 1 as a whole percentage ("67%", Dutch "67%")."""
        return f"{round(share * 100)}%"

    def duration(self, minutes: float) -> str:
        """Minutes as "2 h 30 min" (or "2 u 30 min")."""
        whole = round(minutes)
        hours, rest = divmod(whole, 60)
        if hours:
            return self("hours", hours=hours, minutes=rest)
        return self("minutes", minutes=rest)

    def day(self, day: date) -> str:
        """A date written out: "19 October 2026" (Dutch: "19 oktober 2026")."""
        month = self("months").split()[day.month - 1]
        return f"{day.day} {month} {day.year}"
