"""`python -m heed` is the same as the `heed` command."""

from heed.cli import main

main()
