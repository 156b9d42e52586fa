"""talentintel core: settings, database, models, services and tagging shared by api/, workers/ and scrapers/."""

__version__ = "0.1.0"
