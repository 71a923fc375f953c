"""Benchmarks for reader: `python bench/run.py` prints every figure the issues set a target for."""
