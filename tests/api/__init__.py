"""HTTP tests against a real `heed serve`.

A package, so that this folder's conftest is `api.conftest` and does not shadow the root
`conftest` (pytest imports both; test modules import neither, see tests/helpers).
"""
