"""One module per messaging provider: parse its webhooks, verify signatures, format replies."""
