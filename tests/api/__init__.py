"""HTTP tests against a real `heed serve`.

A package, so that this folder's conftest is `api.conftest` and does not shadow the root
`conftest` that other test modules import their actors from.
"""
