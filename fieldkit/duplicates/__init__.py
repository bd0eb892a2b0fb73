"""The same object documented twice: possible duplicates (``candidates``) and the decisions a
person makes about them (``decisions``)."""
