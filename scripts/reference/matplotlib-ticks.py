"""Records the ticks and autoscaled limits matplotlib 3.7.2 chooses, for the Plot tests
(`Tests/PlotTests/Fixtures/matplotlib/ticks.json`; `make reference` runs it).

Every tick case sets the view limits of one axis of a fresh figure and records the ticks
matplotlib draws (inside the view, as the axis keeps them) with their label strings and the
axis' offset text. Every autoscale case replays a few plotting calls and records the limits
autoscaling chose, with the ticks of both axes.
"""

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.transforms as mtransforms  # noqa: E402
import numpy as np  # noqa: E402

import _reference as ref  # noqa: E402

FILE = "Tests/PlotTests/Fixtures/matplotlib/ticks.json"

DEFAULT = [6.4, 4.8]
D2L = [3.5, 2.5]

# (name, figsize, axis, scale, (low, high))
TICK_CASES = [
    ("unit interval", DEFAULT, "x", "linear", (0, 1)),
    ("unit interval on a d2l figure", D2L, "x", "linear", (0, 1)),
    ("unit interval on a d2l y axis", D2L, "y", "linear", (0, 1)),
    ("zero to ten", DEFAULT, "x", "linear", (0, 10)),
    ("symmetric around zero", DEFAULT, "y", "linear", (-1, 1)),
    ("margins around zero to three", D2L, "x", "linear", (-0.145, 3.045)),
    ("sine values with margins", D2L, "y", "linear", (-1.0999, 1.0999)),
    ("zero to pi", DEFAULT, "x", "linear", (0, 3.141592653589793)),
    ("zero to two pi on a d2l figure", D2L, "x", "linear", (0, 6.283185307179586)),
    ("hundred", DEFAULT, "y", "linear", (0, 100)),
    ("asymmetric", DEFAULT, "x", "linear", (-3.3, 17.2)),
    ("celsius", DEFAULT, "x", "linear", (-273.15, 100)),
    ("bytes", DEFAULT, "y", "linear", (0, 255)),
    ("years", DEFAULT, "x", "linear", (2019.5, 2024.5)),
    ("negative thousands", DEFAULT, "x", "linear", (-1000, -10)),
    ("small negative", DEFAULT, "y", "linear", (-0.005, -0.001)),
    ("tiny", DEFAULT, "x", "linear", (0, 1e-5)),
    ("very tiny", DEFAULT, "y", "linear", (1e-7, 5e-7)),
    ("nano", DEFAULT, "x", "linear", (-3e-9, 2e-9)),
    ("thousandths", DEFAULT, "x", "linear", (0.001, 0.0012)),
    ("huge", DEFAULT, "x", "linear", (0, 1e10)),
    ("huger", DEFAULT, "y", "linear", (1e15, 1e16)),
    ("million", DEFAULT, "y", "linear", (0, 1.5e6)),
    ("offset of a million", DEFAULT, "x", "linear", (1000000.1, 1000000.5)),
    ("offset of a million on y", DEFAULT, "y", "linear", (1000000.1, 1000000.5)),
    ("offset near a hundred thousand", DEFAULT, "x", "linear", (99999.5, 100000.5)),
    ("million plus ten", DEFAULT, "x", "linear", (1e6, 1e6 + 10)),
    ("offset with decimals", DEFAULT, "y", "linear", (12345.6, 12345.9)),
    ("negative offset", DEFAULT, "x", "linear", (-1000000.5, -1000000.1)),
    ("one plus epsilon", DEFAULT, "x", "linear", (1, 1.0001)),
    ("reversed", DEFAULT, "x", "linear", (10, 0)),
    ("loss curve epochs", D2L, "x", "linear", (0.55, 10.45)),
    ("accuracy", D2L, "y", "linear", (0.1, 0.95)),
    ("decade", DEFAULT, "x", "log", (1, 10)),
    ("two decades", DEFAULT, "y", "log", (1, 100)),
    ("six decades", DEFAULT, "y", "log", (1, 1e6)),
    ("milli to kilo", DEFAULT, "x", "log", (1e-3, 1e3)),
    ("half to two", DEFAULT, "x", "log", (0.5, 2)),
    ("two to eight", DEFAULT, "y", "log", (2, 8)),
    ("three to three hundred", DEFAULT, "x", "log", (3, 300)),
    ("twenty decades", DEFAULT, "y", "log", (1, 1e20)),
    ("tiny decades", DEFAULT, "x", "log", (1e-10, 1)),
    ("percent", DEFAULT, "y", "log", (0.01, 0.05)),
    ("log on a d2l figure", D2L, "y", "log", (0.05, 20)),
    ("log loss", D2L, "y", "log", (1e-4, 2.5)),
]


def visible(axis, locs):
    low, high = sorted(axis.get_view_interval())
    t = axis.get_transform()
    interval = t.transform([low, high])
    return [
        bool(mtransforms._interval_contains_close(interval, t.transform(loc)))
        for loc in locs
    ]


def ticks(axis):
    """The drawn major and minor ticks of an axis with their labels, and its offset text."""
    result = {}
    for which, locator_owner in (("major", axis.major), ("minor", axis.minor)):
        locs = list(axis.get_majorticklocs() if which == "major" else axis.get_minorticklocs())
        formatter = locator_owner.formatter
        labels = formatter.format_ticks(locs)
        keep = visible(axis, locs)
        result[which] = [
            {"loc": float(loc), "label": label}
            for loc, label, shown in zip(locs, labels, keep)
            if shown
        ]
        if which == "major":
            result["offset"] = formatter.get_offset() if hasattr(formatter, "get_offset") else ""
    return result


def tick_case(name, figsize, axis_name, scale, limits):
    fig, ax = plt.subplots(figsize=figsize)
    axis = ax.xaxis if axis_name == "x" else ax.yaxis
    if scale == "log":
        (ax.set_xscale if axis_name == "x" else ax.set_yscale)("log")
    (ax.set_xlim if axis_name == "x" else ax.set_ylim)(*limits)
    fig.canvas.draw()
    case = {
        "name": name,
        "figsize": figsize,
        "axis": axis_name,
        "scale": scale,
        "limits": [float(v) for v in limits],
        "tick_space": axis.get_tick_space(),
    }
    case.update(ticks(axis))
    plt.close(fig)
    return case


x = np.arange(0, 3, 0.1)
rng = np.random.default_rng(0)
normal = np.round(rng.normal(size=200), 4)

# (name, figsize, [call]); a call is [method, {arguments}] replayed on the axes.
AUTOSCALE_CASES = [
    ("sine from 0 to 2.9", D2L, [["plot", {"x": x, "y": np.sin(x)}]]),
    ("two lines", D2L, [["plot", {"x": x, "y": np.sin(x)}], ["plot", {"x": x, "y": 2 * np.cos(x)}]]),
    ("y only", DEFAULT, [["plot", {"y": [3, 1, 4, 1, 5, 9, 2, 6]}]]),
    ("single point", DEFAULT, [["plot", {"x": [1.0], "y": [2.0]}]]),
    ("constant line", DEFAULT, [["plot", {"x": [0, 1, 2], "y": [5, 5, 5]}]]),
    ("empty line", DEFAULT, [["plot", {"x": [], "y": []}]]),
    ("offset data", DEFAULT, [["plot", {"x": [0, 1, 2, 3], "y": [1000000.1, 1000000.3, 1000000.2, 1000000.5]}]]),
    ("tiny data", DEFAULT, [["plot", {"x": [0, 1, 2], "y": [1e-7, 3e-7, 2e-7]}]]),
    ("exponential on log y", D2L, [["plot", {"x": x, "y": np.exp(3 * x)}], ["set_yscale", {"value": "log"}]]),
    ("log x", DEFAULT, [["plot", {"x": [1, 10, 100, 1000], "y": [1, 2, 3, 4]}], ["set_xscale", {"value": "log"}]]),
    ("scatter", DEFAULT, [["scatter", {"x": [1, 2, 3, 4], "y": [10, 20, 15, 5]}]]),
    ("bar", DEFAULT, [["bar", {"x": [0, 1, 2], "height": [3, 5, 2]}]]),
    ("bar with negatives", DEFAULT, [["bar", {"x": [1, 2, 3, 4], "height": [-2, 3, -1, 4]}]]),
    ("hist of normal samples", DEFAULT, [["hist", {"x": normal}]]),
    ("hist of integers", D2L, [["hist", {"x": [1, 2, 2, 3, 3, 3, 4, 4, 5]}]]),
    ("imshow 3 by 4", DEFAULT, [["imshow", {"data": np.arange(12.0).reshape(3, 4)}]]),
    ("fill_between", DEFAULT, [["fill_between", {"x": x, "y1": np.sin(x), "y2": 0}]]),
    ("axhline alone", DEFAULT, [["axhline", {"y": 0.5}]]),
    ("line and axvline", DEFAULT, [["plot", {"x": [0, 1], "y": [0, 1]}], ["axvline", {"x": 2}]]),
    ("explicit xlim then plot", DEFAULT, [["set_xlim", {"low": 0, "high": 5}], ["plot", {"x": [1, 2, 3], "y": [1, 4, 9]}]]),
    ("negative range", DEFAULT, [["plot", {"x": [-5, -3, -1], "y": [-0.2, -0.8, -0.5]}]]),
]


def replay(ax, method, args):
    if method == "plot":
        return ax.plot(args["x"], args["y"]) if "x" in args else ax.plot(args["y"])
    if method == "scatter":
        return ax.scatter(args["x"], args["y"])
    if method == "bar":
        return ax.bar(args["x"], args["height"])
    if method == "hist":
        return ax.hist(args["x"])
    if method == "imshow":
        return ax.imshow(args["data"])
    if method == "fill_between":
        return ax.fill_between(args["x"], args["y1"], args["y2"])
    if method == "axhline":
        return ax.axhline(args["y"])
    if method == "axvline":
        return ax.axvline(args["x"])
    if method == "set_xlim":
        return ax.set_xlim(args["low"], args["high"])
    if method in ("set_xscale", "set_yscale"):
        return getattr(ax, method)(args["value"])
    raise ValueError(method)


def plain(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


def autoscale_case(name, figsize, calls):
    fig, ax = plt.subplots(figsize=figsize)
    for method, args in calls:
        replay(ax, method, args)
    fig.canvas.draw()
    case = {
        "name": name,
        "figsize": figsize,
        "calls": [[m, {k: plain(v) for k, v in a.items()}] for m, a in calls],
        "xlim": [float(v) for v in ax.get_xlim()],
        "ylim": [float(v) for v in ax.get_ylim()],
        "x": ticks(ax.xaxis),
        "y": ticks(ax.yaxis),
    }
    plt.close(fig)
    return case


def main():
    fixture = {
        "generator": "scripts/reference/matplotlib-ticks.py",
        "matplotlib": matplotlib.__version__,
        "ticks": [tick_case(*case) for case in TICK_CASES],
        "autoscale": [autoscale_case(*case) for case in AUTOSCALE_CASES],
    }
    ref.write_json(FILE, fixture)


if __name__ == "__main__":
    main()
