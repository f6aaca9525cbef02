"""Persistence: ORM models, the engine and session factory, and migrate-at-start."""
