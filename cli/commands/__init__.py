"""One module per area of the CLI; cli.main registers their commands."""
