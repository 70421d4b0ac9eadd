"""Browser tests of the web UI (a package, so its conftest reuses tests/api's live server)."""
