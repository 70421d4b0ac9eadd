"""Bulk work (docs/design.md §4): CSV imports of opt-outs and contacts, exports, the audience
filter.

One module per job, each reading and writing a stream so a file of millions of rows never sits
in memory: `csvfile` and `jsonfile` read what people upload, `columns` finds which column is
which, `optout_import` and `contact_import` plan and apply a batch of rows, `jobs` binds them
to an import, `export` writes suppressions out, `audience` and `filtering` answer the check
for a whole campaign at once. `heed.engine.imports` and `heed.engine.exports` are the `Engine`
API over them.
"""
