"""Object records, damage reports, photos, revisions and search (SPEC §4, §5)."""
