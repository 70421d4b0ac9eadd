"""heed's HTTP interface: provider webhooks and the `/v1` API, served by `heed serve`."""
