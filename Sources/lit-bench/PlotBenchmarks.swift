import Foundation
import Plot

/// SVG rendering of `Plot`, side by side with matplotlib's SVG backend.
///
/// The figure is the yardstick: 3.5 × 2.5 inches (350 × 250 pixels), two
/// 1,000-point lines and a legend at `best`. "Build and render" makes the figure from the
/// data and writes the SVG; "render" writes the SVG of a figure already made (matplotlib's
/// `savefig` to memory, which also draws).
enum PlotBenchmarks {
    static func run() {
        Bench.section("Plot: a 350x250 figure, two 1,000-point lines and a legend, to SVG")
        let x = (0..<1000).map { Double($0) * 0.01 }
        let sine = x.map(sin)
        let cosine = x.map(cos)
        func build() throws -> Figure {
            let figure = Figure(width: 3.5, height: 2.5)
            let axes = try figure.addSubplot()
            try axes.plot(x, sine, options: LineOptions(label: "sin"))
            try axes.plot(x, cosine, format: "m--", options: LineOptions(label: "cos"))
            axes.legend()
            return figure
        }
        guard let figure = try? build(), let svg = try? figure.svg() else {
            print("  the figure could not be drawn")
            return
        }
        let repeats = 200
        let buildAndRender = Bench.best {
            for _ in 0..<repeats { _ = try? build().svg() }
        }
        let render = Bench.best {
            for _ in 0..<repeats { _ = try? figure.svg() }
        }
        let reference = matplotlib()
        func line(_ ours: Double, _ theirs: Double?) -> String {
            var text = "\(Bench.fixed(ours * 1e3, 3)) ms"
            if let theirs {
                text +=
                    "   matplotlib \(Bench.fixed(theirs * 1e3, 1)) ms   \(Bench.fixed(theirs / ours, 0))x faster"
            }
            return text
        }
        if reference == nil {
            print(
                "  matplotlib is not importable by python3 (set LIT_BENCH_PYTHON): our figures only"
            )
        }
        Bench.row("build and render", line(buildAndRender / Double(repeats), reference?.build))
        Bench.row("render", line(render / Double(repeats), reference?.render))
        Bench.row(
            "SVG size",
            "\(svg.utf8.count) bytes" + (reference.map { "   matplotlib \($0.bytes) bytes" } ?? ""))
    }

    /// matplotlib's times for the same figure, and the size of its SVG (text as text).
    private static func matplotlib() -> (build: Double, render: Double, bytes: Int)? {
        let program = """
            import io, time
            import numpy as np
            import matplotlib
            matplotlib.use("svg")
            import matplotlib.pyplot as plt
            plt.rcParams["svg.fonttype"] = "none"
            x = np.arange(1000) * 0.01
            def build():
                fig, ax = plt.subplots(figsize=(3.5, 2.5))
                ax.plot(x, np.sin(x), label="sin")
                ax.plot(x, np.cos(x), "m--", label="cos")
                ax.legend()
                return fig
            def save(fig):
                out = io.BytesIO()
                fig.savefig(out, format="svg")
                return out.getvalue()
            def best(body, repeats=20):
                times = []
                for _ in range(5):
                    start = time.perf_counter()
                    for _ in range(repeats):
                        body()
                    times.append((time.perf_counter() - start) / repeats)
                return min(times)
            def build_and_save():
                fig = build()
                save(fig)
                plt.close(fig)
            fig = build()
            size = len(save(fig))
            print(best(build_and_save), best(lambda: save(fig)), size)
            """
        guard let output = Bench.python(program) else { return nil }
        let parts = output.split(separator: " ")
        guard parts.count == 3, let build = Double(parts[0]), let render = Double(parts[1]),
            let bytes = Int(parts[2])
        else { return nil }
        return (build, render, bytes)
    }
}
