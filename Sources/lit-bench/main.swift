// The benchmark command (`make bench`): every suite prints its figures, side by side with the
// reference implementation where one is installed. Run it in release mode only.
print("lit benchmarks (release build)")
BookBenchmarks.run()
TensorBenchmarks.run()
SyntaxBenchmarks.run()
LayerBenchmarks.run()
SiteBenchmarks.run()
InterpreterBenchmarks.run()
RunnerBenchmarks.run()
BindingsBenchmarks.run()
PublishBenchmarks.run()
