# One image for every role: api (default), worker, beat. Choose with the command, e.g.
#   docker run IMAGE talentintel worker
# Multi-stage: wheels are built in the first stage; the runtime stage has no compiler and runs as non-root.
FROM python:3.11-slim AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY talentintel ./talentintel
COPY api ./api
COPY workers ./workers
COPY scrapers ./scrapers
COPY cli ./cli
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 LOG_JSON=true
RUN useradd --create-home --uid 10001 talentintel
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY alembic.ini sources.toml ./
RUN mkdir -p /app/var && chown talentintel /app/var
USER talentintel
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["talentintel", "serve", "--host", "0.0.0.0", "--port", "8000"]
