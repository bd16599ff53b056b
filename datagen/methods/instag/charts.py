"""Charts for an InsTag run: the tag-frequency bars and the sampling curve, as PNG bytes and as
markdown that Prefect's UI renders (a PNG embedded as a base64 data URI, plus a text-bar table
that renders everywhere, even where images are stripped).

matplotlib is optional (the `nlp` extra): without it, `*_png` return None and only the
markdown tables are produced. Figures, PNG bytes and the data-URI markdown come from the
shared datagen/analysis/charts.py.
"""

from __future__ import annotations

from typing import Sequence

from datagen.analysis.charts import markdown_image, new_figure, png_bytes, ranked_bars_png
from datagen.report import markdown_table

BAR = "█"


def tag_frequency_png(top: Sequence[tuple[str, int]], n_queries: int) -> bytes | None:
    """Horizontal bars: the most used tags and how many queries carry each."""
    return ranked_bars_png(top, f"queries carrying the tag (of {n_queries})", f"Top {len(top)} tags")


def sampling_curve_png(curves: dict[str, Sequence[tuple[int, float]]]) -> bytes | None:
    """Tag coverage (share of the pool's vocabulary) as the selection grows, one line per sampler."""
    if not any(curves.values()):
        return None
    fig = new_figure(6.5, 3.8)
    if fig is None:
        return None
    ax = fig.subplots()
    for name, curve in curves.items():
        if curve:
            ax.plot([k for k, _ in curve], [100 * c for _, c in curve], marker=".", label=name)
    ax.set_xlabel("queries selected")
    ax.set_ylabel("tag coverage (%)")
    ax.set_ylim(0, 101)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    return png_bytes(fig)


def bar_rows(top: Sequence[tuple[str, int]], n_queries: int, width: int = 30) -> list[dict[str, object]]:
    """Rows for a table whose last column is a text bar scaled to the most used tag."""
    peak = max((c for _, c in top), default=0) or 1
    return [{"rank": i, "tag": tag, "queries": count,
             "share": f"{100 * count / n_queries:.1f}%" if n_queries else "",
             "bar": BAR * max(1, round(width * count / peak))}
            for i, (tag, count) in enumerate(top, start=1)]


def curve_rows(curves: dict[str, Sequence[tuple[int, float]]]) -> list[dict[str, object]]:
    """One row per selection size, one coverage column per sampler."""
    sizes = sorted({k for curve in curves.values() for k, _ in curve})
    lookup = {name: dict(curve) for name, curve in curves.items()}
    return [{"selected": k, **{f"{name} coverage": (f"{100 * lookup[name][k]:.1f}%" if k in lookup[name] else "")
                               for name in curves}} for k in sizes]


def tag_frequency_markdown(top: Sequence[tuple[str, int]], n_queries: int, png: bytes | None) -> str:
    return (f"# Tag frequency\n\n{markdown_image(png, 'tag frequency')}\n"
            + markdown_table(bar_rows(top, n_queries)))


def sampling_curve_markdown(curves: dict[str, Sequence[tuple[int, float]]], png: bytes | None) -> str:
    return (f"# Sampling curve: tag coverage as the selection grows\n\n{markdown_image(png, 'sampling curve')}\n"
            + markdown_table(curve_rows(curves)))
