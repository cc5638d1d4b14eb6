"""Benchmarks of canvas-editor (`make bench`): each figure is measured against its floor.

Run with `.venv/bin/python -m bench`. Nothing here is imported by the application, and
nothing here fails a build: the benchmarks print figures and targets; RESULTS.md keeps
them with the machine they came from.
"""
