"""Figures as a Markdown table: the same text goes to the terminal and into RESULTS.md."""

from __future__ import annotations

import statistics

from bench.runner import Figure


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    if unit in ("ms", "MiB", "M instr"):
        return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    return f"{value:.3g} {unit}"


def _holds(figure: Figure) -> str:
    if figure.holds is None:
        return ""
    return "yes" if figure.holds else "**NO**"


def _cpu(figure: Figure) -> str:
    """Median CPU time of a whole-process figure and its floor: less swayed by other
    work on a shared machine than wall time."""
    if not figure.cpu_values or not figure.floor_cpu_values:
        return ""
    ours, floor = statistics.median(figure.cpu_values), statistics.median(figure.floor_cpu_values)
    return f"{ours:.0f} / {floor:.0f} ms ({ours / floor:.2f}x)"


def format_figures(figures: list[Figure]) -> str:
    if not figures:
        return "(nothing measured)"
    lines = [
        "| figure | median | floor | ratio | target | holds | CPU: ours / floor |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        lines.append(
            f"| {f.name} (n={len(f.values)}) | {_value(f.median, f.unit)} | "
            f"{_value(f.floor_median, f.unit)} | {ratio} | {f.target} | {_holds(f)} | {_cpu(f)} |"
        )
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))
