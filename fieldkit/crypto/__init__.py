"""Cryptography of FieldKit: key derivation, key wrapping, recovery keys and age v1 files."""
