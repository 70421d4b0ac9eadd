"""Proof that the activity log and the state are what heed recorded: checkpoints, backups."""
