"""The database: every table in ``schema``, built and upgraded by the Alembic migrations in
``migrations/`` (``migrate.upgrade``), on SQLite by default and PostgreSQL when configured."""
