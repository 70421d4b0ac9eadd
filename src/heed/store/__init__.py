"""heed's storage: SQLAlchemy tables, Alembic migrations, and the queries the engine runs."""
