"""The REST API: FastAPI app factory, thin routes over talentintel.services.queries."""
