# One image for every role: api (default), worker, beat. Choose with the command, e.g.
#   docker run IMAGE talentintel worker
# Multi-stage: wheels are built in the first stage from the locked versions (uv.lock); the runtime stage has no
# compiler and runs as non-root under tini, which forwards signals to the role's process and reaps its children.
FROM python:3.11-slim AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir uv
COPY pyproject.toml uv.lock README.md ./
RUN uv export --frozen --no-dev --no-emit-project --no-hashes --format requirements-txt -o /tmp/requirements.txt
COPY talentintel ./talentintel
COPY api ./api
COPY workers ./workers
COPY scrapers ./scrapers
COPY cli ./cli
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r /tmp/requirements.txt . && cp /tmp/requirements.txt /wheels/

FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 LOG_JSON=true ENV=production
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 talentintel
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels -r /wheels/requirements.txt talentintel \
    && rm -rf /wheels
WORKDIR /app
COPY alembic.ini sources.toml ./
RUN mkdir -p /app/var && chown talentintel /app/var
USER talentintel
EXPOSE 8000
# Role-aware: probes /healthz only in the API role; a worker or beat container is healthy while Celery runs.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["python", "-m", "cli.healthcheck"]
ENTRYPOINT ["tini", "--"]
CMD ["talentintel", "serve", "--host", "0.0.0.0", "--port", "8000"]
