"""Benchmarks: run them by hand (`python -m bench.updates`); timings never belong in tests."""
