"""PNG charts for run reports, and the markdown that shows a PNG in the Prefect UI.

matplotlib is optional (the `nlp` extra). `new_figure` returns None without it, so callers
skip the chart and say why (`matplotlib_missing`). Figures are drawn with the object API on
an explicit Agg canvas, never pyplot, so no global backend state is touched and no display
is needed.

The Prefect UI renders markdown artifacts but cannot follow a link into the run folder, so a
chart is embedded as a base64 `data:` URI (`markdown_image`, `embed_images`).

Charts (Self-Instruct, Wang et al., ACL 2023, §3): `verb_noun_png` (Figure 2 as horizontal
stacked bars: each root verb's bar split into its top direct objects), `histogram_png`
(Figures 3 and 4: the ROUGE-L-to-seed histogram and the length histograms; also turns per
dialogue), `ranked_bars_png` (InsTag's tag frequency).
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import polars as pl

COLORS = ("#3b7dd8", "#e8833a", "#4daf4a", "#b05cc6", "#c8c8c8")  # 4 nouns, then "other"
IMAGE_LINK = re.compile(r"!\[([^\]]*)\]\(((?!data:)[^)\s]+\.png)\)")


def matplotlib_missing() -> str | None:
    """Why charts cannot be drawn, or None when matplotlib is importable."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return "matplotlib is not installed (pip install 'datagen[nlp]')"
    return None


def new_figure(width: float, height: float, dpi: int = 90) -> Any:
    """A matplotlib Figure on an Agg canvas, or None without matplotlib."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def png_bytes(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def markdown_image(png: bytes | None, alt: str) -> str:
    """The PNG as a markdown image with a base64 data URI ("" for no PNG)."""
    if png is None:
        return ""
    return f"![{alt}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})\n"


def embed_images(markdown: str, base_dir: Path) -> str:
    """Replace each `![alt](relative/path.png)` whose file exists under `base_dir` by the same
    image as a data URI (other links are left as they are)."""
    def swap(m: re.Match) -> str:
        path = Path(base_dir) / m.group(2)
        if not path.is_file():
            return m.group(0)
        return markdown_image(path.read_bytes(), m.group(1)).rstrip("\n")

    return IMAGE_LINK.sub(swap, markdown)


@dataclass(frozen=True)
class Panel:
    """One histogram: bin edges and counts (stats.histogram's table), axis label, title, and an
    optional vertical marker (a threshold)."""

    table: pl.DataFrame
    xlabel: str
    title: str
    marker: float | None = None
    marker_label: str = ""


def histogram_png(panels: Sequence[Panel], ylabel: str = "count") -> bytes | None:
    """Side-by-side histograms, one per panel (bars drawn from precomputed bins)."""
    panels = [p for p in panels if p.table.height]
    if not panels:
        return None
    fig = new_figure(3.6 * len(panels) + 0.4, 3.4)
    if fig is None:
        return None
    axes = fig.subplots(1, len(panels), squeeze=False)[0]
    for ax, panel in zip(axes, panels):
        lo = panel.table["lo"].to_list()
        widths = [h - l for l, h in zip(lo, panel.table["hi"].to_list())]
        unit = all(w == 1 for w in widths) and all(float(x).is_integer() for x in lo)
        ax.bar(lo, panel.table["count"].to_list(), width=widths, align="center" if unit else "edge",
               color=COLORS[0], edgecolor="white", linewidth=0.5)  # unit bins: one bar per integer
        ax.yaxis.get_major_locator().set_params(integer=True)
        if panel.marker is not None:
            ax.axvline(panel.marker, color="#c0392b", linestyle="--", linewidth=1,
                       label=panel.marker_label or None)
            if panel.marker_label:
                ax.legend(loc="upper right", fontsize=8)
        ax.set_xlabel(panel.xlabel)
        ax.set_title(panel.title, fontsize=10)
        ax.grid(axis="y", alpha=0.3)
    axes[0].set_ylabel(ylabel)
    return png_bytes(fig)


def ranked_bars_png(top: Sequence[tuple[str, int]], xlabel: str, title: str) -> bytes | None:
    """Horizontal bars of (name, count) pairs, the first at the top (e.g. InsTag's tag frequency)."""
    if not top:
        return None
    fig = new_figure(7.5, 0.6 + 0.24 * len(top))
    if fig is None:
        return None
    ax = fig.subplots()
    ax.barh([name for name, _ in top][::-1], [count for _, count in top][::-1], color=COLORS[0])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.tick_params(axis="y", labelsize=8)
    return png_bytes(fig)


def verb_noun_png(table: pl.DataFrame, n_pairs: int) -> bytes | None:
    """Horizontal stacked bars: one per root verb (most common at the top), split into its top
    direct objects (labelled inside) and the rest of its instructions ("other")."""
    if not table.height:
        return None
    verbs = table.unique("verb", maintain_order=True)["verb"].to_list()
    fig = new_figure(8.0, 0.9 + 0.34 * len(verbs))
    if fig is None:
        return None
    ax = fig.subplots()
    y = {verb: len(verbs) - 1 - i for i, verb in enumerate(verbs)}
    left = dict.fromkeys(verbs, 0)
    rank = dict.fromkeys(verbs, 0)
    peak = int(table["verb_total"].max())
    for verb, noun, count, _total in table.iter_rows():
        ax.barh(y[verb], count, left=left[verb], color=COLORS[rank[verb]], edgecolor="white", linewidth=0.5)
        if count >= 0.06 * peak:
            ax.text(left[verb] + count / 2, y[verb], noun, ha="center", va="center", fontsize=7)
        left[verb] += count
        rank[verb] += 1
    for verb, total in table.unique("verb", maintain_order=True).select("verb", "verb_total").iter_rows():
        if total > left[verb]:
            ax.barh(y[verb], total - left[verb], left=left[verb], color=COLORS[-1], edgecolor="white",
                    linewidth=0.5)
    ax.set_yticks(list(y.values()), list(y.keys()), fontsize=8)
    ax.set_xlabel(f"instructions (of {n_pairs} with a root verb and a direct noun object)")
    ax.set_title(f"Top {len(verbs)} root verbs and their top direct objects (grey: other objects)",
                 fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return png_bytes(fig)
