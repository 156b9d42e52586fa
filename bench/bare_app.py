"""The baseline of bench_api.py: a bare FastAPI app with one JSON endpoint, served with the same settings."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
