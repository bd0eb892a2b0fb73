"""Identities: this vault's own keys, fingerprints, identity cards and the trust store (SPEC §6)."""
