"""Draw the Plot library's golden figures with matplotlib 3.7, for comparing them by eye.

    python scripts/reference/matplotlib-figures.py OUT_DIR

Writes OUT_DIR/NAME.png (100 dpi) and OUT_DIR/NAME.svg (text kept as text) for every figure
of Tests/PlotTests/Support/PlotExamples.swift; render the golden SVGs of
Tests/PlotTests/Fixtures/svg at 100 dpi (for instance `rsvg-convert -d 100 -p 100`) and look
at each pair side by side.
"""

import math
import os
import sys

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.fonttype"] = "none"
plt.rcParams["svg.hashsalt"] = "lit"

X = [i * 0.1 for i in range(30)]


def lines():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot(X, [math.sin(v) for v in X], label="sin")
    ax.plot(X, [math.cos(v) for v in X], "m--", label="cos")
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
    ax.set_title("Title")
    ax.grid(True)
    ax.legend()
    return fig


def formats():
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    for i, fmt in enumerate(["-", "--", "-.", ":", "bo", "rx", "g.", "k+", "cs-", "y^--", "C5-.", "C7:"]):
        ax.plot(X, [math.sin(v) + i for v in X], fmt, label=fmt)
    ax.legend(loc="upper left")
    return fig


def scatter():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    xs = list(range(20))
    ax.scatter(xs, [v * v / 10 for v in xs], label="squares")
    ax.scatter(xs, [40 - 2 * v for v in xs], s=[10 + 5 * v for v in xs], c=xs, marker="s", alpha=0.7)
    ax.legend()
    return fig


def bar():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.bar([0, 1, 2, 3], [3, -1, 4, 2], label="bars")
    ax.set_title("bar")
    ax.legend()
    return fig


def hist():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))

    def fraction(n):
        value = math.sin(n * 12.9898) * 43758.5453
        return value - math.floor(value)

    values = [sum(fraction(i * 12 + t) for t in range(12)) - 6 for i in range(500)]
    ax.hist(values)
    ax.hist(values, bins=20, histtype="step", label="step")
    return fig


def imshow():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    matrix = [[math.sin(r) * math.cos(c / 2) for c in range(8)] for r in range(6)]
    image = ax.imshow(matrix)
    fig.colorbar(image, ax=ax)
    return fig


def fill_between():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot(X, [math.sin(v) for v in X])
    ax.fill_between(X, [math.sin(v) + 0.3 for v in X], [math.sin(v) - 0.3 for v in X], alpha=0.3)
    return fig


def text_and_reference_lines():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot([0, 1, 2, 3], [0, 1, 4, 9], "o-")
    ax.axhline(4, color="k", linestyle="--")
    ax.axvline(2, color="r", linewidth=1)
    ax.text(2.1, 1, "x = 2")
    return fig


def log_scale():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot(X, [math.exp(3 * v) for v in X])
    ax.set_yscale("log")
    ax.set_ylabel("exp(3x)")
    return fig


def subplots():
    fig, axes = plt.subplots(2, 2, figsize=(6, 4), sharex=True, sharey="row")
    for row in range(2):
        for column in range(2):
            factor = row * 2 + column + 1
            axes[row][column].plot(X, [math.sin(factor * v) * (1 if row == 0 else 10) for v in X])
            axes[row][column].set_title(f"n = {factor}")
    return fig


def offset_ticks():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot([v * 1e-5 for v in [0, 1, 2, 3]], [1000000.1, 1000000.3, 1000000.2, 1000000.5])
    ax.set_title("offsets")
    return fig


FIGURES = [lines, formats, scatter, bar, hist, imshow, fill_between, text_and_reference_lines,
           log_scale, subplots, offset_ticks]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for make in FIGURES:
        fig = make()
        fig.savefig(os.path.join(out, make.__name__ + ".png"), dpi=100)
        fig.savefig(os.path.join(out, make.__name__ + ".svg"), metadata={"Date": None})
        fig.savefig(os.path.join(out, make.__name__ + ".inline.png"), dpi=100, bbox_inches="tight")
        plt.close(fig)


if __name__ == "__main__":
    main()
