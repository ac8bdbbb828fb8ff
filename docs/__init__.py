"""The documentation installed as extractor.docs: schema.md gives `extractor serve` its table and column
descriptions."""
