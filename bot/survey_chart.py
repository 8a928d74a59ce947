"""The results chart residents get when a survey closes: one horizontal bar chart per choice or
scale question, in the resident's language, sized for a phone (1080 pixels wide, large type).

matplotlib with its Agg backend (no display), through `Figure` objects rather than pyplot, so
that charts may be drawn in a worker thread. DejaVu Sans, which matplotlib ships, covers the
Latin (az, en), Cyrillic (ru, kk) and Armenian (hy) letters of our locales.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

WIDTH_INCHES = 7.2
DPI = 150  # 7.2 in x 150 = 1080 px: a phone's screen width
BAR_COLOUR = "#2f6db5"
LABEL_WIDTH = 28  # characters per line of an option's label
TITLE_WIDTH = 32  # a question wrapped to fit above its bars (the labels take the left side)


@dataclass(frozen=True)
class Bars:
    """One question's chart: its title, and (label, percent) per option."""

    title: str
    bars: Sequence[tuple[str, int]]


def draw(charts: Sequence[Bars], path: Path, *, footer: str = "") -> Path:
    """Draw the charts stacked, one under another, into a PNG at `path` (folders made)."""
    heights = [1.0 + 0.55 * max(1, len(c.bars)) for c in charts]
    # Imported where drawn (half a second): every CLI command would pay for it at start.
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_INCHES, sum(heights) + 0.6), dpi=DPI)
    grid = figure.add_gridspec(len(charts), 1, height_ratios=heights)
    for row, chart in enumerate(charts):
        axes = figure.add_subplot(grid[row])
        labels = ["\n".join(textwrap.wrap(label, LABEL_WIDTH)) or "—" for label, _ in chart.bars]
        values = [percent for _, percent in chart.bars]
        positions = list(range(len(values)))[::-1]  # the first option on top
        axes.barh(positions, values, color=BAR_COLOUR, height=0.6)
        axes.set_yticks(positions, labels, fontsize=12)
        axes.set_xlim(0, 118)  # room for the figures right of the bars
        axes.set_xticks([])
        for spine in ("top", "right", "bottom"):
            axes.spines[spine].set_visible(False)
        for position, value in zip(positions, values, strict=True):
            axes.text(value + 2, position, f"{value}%", va="center", fontsize=13)
        axes.set_title("\n".join(textwrap.wrap(chart.title, TITLE_WIDTH)), loc="left", fontsize=14,
                       fontweight="bold")  # fmt: skip
    if footer:
        figure.text(0.01, 0.005, footer, fontsize=10, color="#555555")
    figure.tight_layout(rect=(0, 0.02, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
    return path
