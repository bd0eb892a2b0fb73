"""Record editors: forms built from the field definitions, photos, history."""
