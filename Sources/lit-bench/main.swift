// The benchmark command (`make bench`): every suite prints its figures, side by side with the
// reference implementation where one is installed. Run it in release mode only.
print("lit benchmarks (release build)")
// Name suites on the command line to run only those: `lit-bench tensors interpreter`.
let suites: KeyValuePairs<String, () -> Void> = [
    "book": BookBenchmarks.run,
    "tensors": TensorBenchmarks.run,
    "autodiff": AutodiffBenchmarks.run,
    "training": TrainingBenchmarks.run,
    "syntax": SyntaxBenchmarks.run,
    "layers": LayerBenchmarks.run,
    "site": SiteBenchmarks.run,
    "interpreter": InterpreterBenchmarks.run,
    "runner": RunnerBenchmarks.run,
    "bindings": BindingsBenchmarks.run,
    "publish": PublishBenchmarks.run,
    "plot": PlotBenchmarks.run,
]
let chosen = Set(CommandLine.arguments.dropFirst())
for (name, run) in suites where chosen.isEmpty || chosen.contains(name) {
    run()
}
