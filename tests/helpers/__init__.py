"""What test modules share: plain constants, functions and classes, no fixtures.

Fixtures live in the conftest.py files, which import from here; no test module imports a
conftest or another test module (tests/test_tree.py).
"""
