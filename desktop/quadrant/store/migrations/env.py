"""Alembic's environment: runs on the connection the app hands it, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from quadrant.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its own connection
    raise RuntimeError("Quadrant's migrations run only through quadrant.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
