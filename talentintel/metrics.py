"""Prometheus metrics: one registry for the API's requests and the workers' scrape runs, plus live gauges.

Workers import SCRAPE_RUNS / SCRAPE_DURATION and count each run; the API's /metrics adds the queue depth and the
scrape runs recorded in the database (which every process shares), read when Prometheus scrapes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

REGISTRY = CollectorRegistry(auto_describe=True)

HTTP_REQUESTS = Counter(
    "talentintel_http_requests_total",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "talentintel_http_request_duration_seconds",
    "Time to answer an HTTP request (until the response started), by method and route template.",
    ["method", "route"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
SCRAPE_RUNS = Counter(
    "talentintel_scrape_runs_total",
    "Scrape runs finished in this process, by source and outcome (ok, partial, failed, not_modified, ...).",
    ["source", "status"],
    registry=REGISTRY,
)
SCRAPE_DURATION = Histogram(
    "talentintel_scrape_run_duration_seconds",
    "Wall time of one scrape run in this process, by source.",
    ["source"],
    buckets=(0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900),
    registry=REGISTRY,
)


class _Live(Collector):
    """Gauges computed at scrape time from callables (queue depth, scrape runs recorded in the database)."""

    def __init__(self, name: str, doc: str, label: str, read: Callable[[], dict[str, float]]) -> None:
        self.name, self.doc, self.label, self.read = name, doc, label, read

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(self.name, self.doc, labels=[self.label])
        try:
            values = self.read()
        except Exception:  # a metrics scrape must never fail because a backing store is down
            values = {}
        for key, value in sorted(values.items()):
            family.add_metric([key], value)
        yield family

    def describe(self) -> Iterator[Any]:
        return iter(())


def register_live(name: str, doc: str, label: str, read: Callable[[], dict[str, float]]) -> None:
    """Register a scrape-time gauge once (re-registering the same name is ignored, e.g. across test apps)."""
    if name in _live_names:
        _live_readers[name] = read
        return
    _live_names.add(name)
    _live_readers[name] = read
    REGISTRY.register(_Live(name, doc, label, lambda: _live_readers[name]()))


_live_names: set[str] = set()
_live_readers: dict[str, Callable[[], dict[str, float]]] = {}


def render() -> bytes:
    return generate_latest(REGISTRY)
