"""Bundles: export, verify, import; safe archive and BagIt reading; minisign signatures."""
