"""Table models over the vault: windowed (paged) so 100,000 rows stay smooth."""
