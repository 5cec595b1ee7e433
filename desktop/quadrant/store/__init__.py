"""SQLite persistence: SQLAlchemy rows, repositories, the unit of work, migrations, backups."""
