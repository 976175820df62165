"""Draws the Plot library's golden figures with matplotlib 3.7.2: the measures the layout
tests check, and images to compare by eye.

    scripts/reference/run matplotlib-figures              (what `make reference` runs)
    .build/reference/venv/bin/python scripts/reference/matplotlib-figures.py --images OUT_DIR

With no arguments it records, for every figure of Tests/PlotTests/Support/PlotExamples.swift,
the size of the tight bounding box and each axes' box and legend frame, in points from the
top-left corner (`Tests/PlotTests/Fixtures/matplotlib/figures.json`). With `--images` it writes
OUT_DIR/NAME.png (100 dpi), OUT_DIR/NAME.inline.png (cropped as Jupyter's inline backend crops,
bbox_inches='tight') and OUT_DIR/NAME.svg (text kept as text); render the golden SVGs of
Tests/PlotTests/Fixtures/svg at 100 dpi (for instance `rsvg-convert -d 100 -p 100`) and look at
each pair side by side.
"""

import math
import os
import sys

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402

import _reference as ref  # noqa: E402

FILE = "Tests/PlotTests/Fixtures/matplotlib/figures.json"

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
    ax.set_title("two lines\nof title")
    ax.set_ylabel("y\n(squared)")
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


def legend_places():
    fig, axes = plt.subplots(2, 3, figsize=(6.4, 4.8))
    xs = [i / 10 for i in range(11)]
    data = [
        [v * v for v in xs],
        [1 - v for v in xs],
        [0.5 + 0.5 * math.sin(6 * v) for v in xs],
        [v if v < 0.5 else 1 - v for v in xs],
        [0.2 for v in xs],
        [1 - v * v for v in xs],
    ]
    for ax, ys in zip(axes.flat, data):
        ax.plot(xs, ys, label="data")
        ax.plot(xs, [1 - y for y in ys], label="mirror")
        ax.legend()
    return fig


def math_labels():
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot(X, [math.sin(v) for v in X], label=r"$\sin(x)$")
    ax.plot(X, [v * v / 5 for v in X], label=r"$x^2/5$")
    ax.set_title(r"$x_1^2 + \alpha\cdot f(x) \leq 3$ and text")
    ax.set_xlabel(r"$\mathrm{loss}\ \sigma$")
    ax.set_ylabel(r"$f'(x) = 2\pi x$")
    ax.legend()
    return fig


FIGURES = [lines, formats, scatter, bar, hist, imshow, fill_between, text_and_reference_lines,
           log_scale, subplots, offset_ticks, legend_places, math_labels]


def measures(fig):
    """The tight bounding box size and, per axes, its box and legend frame (points, y down)."""
    # Measured with the SVG backend's renderer at 72 dpi, as the SVG is laid out (Agg's hinted
    # text metrics differ).
    import io
    from matplotlib.backends.backend_svg import RendererSVG
    fig.set_dpi(72)
    width, height = fig.get_size_inches() * 72
    renderer = RendererSVG(width, height, io.StringIO(), image_dpi=72)
    fig.draw(renderer)
    scale = 1

    def box(bbox):
        return [round(v, 4) for v in (bbox.x0 * scale, (height - bbox.y1) * scale,
                                      bbox.width * scale, bbox.height * scale)]

    tight = fig.get_tightbbox(renderer)
    axes = []
    for ax in fig.axes:
        legend = ax.get_legend()
        axes.append({
            "box": box(ax.get_window_extent(renderer)),
            "legend": box(legend.get_window_extent(renderer)) if legend else None,
        })
    return {"tight": [round(tight.width * 72 + 14.4, 4), round(tight.height * 72 + 14.4, 4)], "axes": axes}


def main():
    if sys.argv[1:2] == ["--images"] and len(sys.argv) == 3:
        out = sys.argv[2]
        os.makedirs(out, exist_ok=True)
        for make in FIGURES:
            fig = make()
            fig.savefig(os.path.join(out, make.__name__ + ".png"), dpi=100)
            fig.savefig(os.path.join(out, make.__name__ + ".svg"), metadata={"Date": None})
            fig.savefig(os.path.join(out, make.__name__ + ".inline.png"), dpi=100, bbox_inches="tight")
            plt.close(fig)
        return
    if sys.argv[1:]:
        sys.exit("usage: matplotlib-figures.py [--images OUT_DIR]")
    result = {"generator": "scripts/reference/matplotlib-figures.py", "matplotlib": matplotlib.__version__,
              "figures": {}}
    for make in FIGURES:
        fig = make()
        result["figures"][make.__name__] = measures(fig)
        plt.close(fig)
    ref.write_json(FILE, result)


if __name__ == "__main__":
    main()
