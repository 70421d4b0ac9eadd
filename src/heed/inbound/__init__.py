"""Processing what providers send: a person's messages and the reports on ours.

Every path (each provider's webhook, `POST /v1/inbound`, `heed inbound`) ends in these two
functions, so a STOP is handled the same way however it arrives.
"""
