"""File formats in and out (iCalendar, CSV, Markdown, HTML, Espanso, snapshots). No Qt."""
