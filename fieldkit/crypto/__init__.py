"""Cryptography of FieldKit: key derivation, key wrapping, recovery keys, age v1 files and minisign
signatures."""
