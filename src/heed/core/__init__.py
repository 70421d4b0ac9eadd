"""heed's decision core: pure rules with no I/O (see README.md in this folder)."""
