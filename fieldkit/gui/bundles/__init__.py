"""Bundle dialogs: export, import and verify (the verdict before anything merges)."""
