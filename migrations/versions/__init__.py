"""Migration scripts, chained 0001 -> 0006."""
