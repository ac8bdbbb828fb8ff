"""Storage: table models, engine setup and query functions."""
