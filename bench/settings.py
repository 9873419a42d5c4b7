"""Benchmark settings: the app's settings plus the bench-only floor view (never part of the app)."""

from config.settings import *  # noqa: F403 - the benchmark measures the app exactly as configured

ROOT_URLCONF = "bench.urls"
