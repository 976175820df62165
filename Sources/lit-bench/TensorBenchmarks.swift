import Foundation
import Tensors

/// Matrix products and elementwise throughput of `Tensors`, side by side with numpy.
///
/// Single-thread figures run both sides with one BLAS thread (`BLASThreads.set(1)` here,
/// `OPENBLAS_NUM_THREADS=1` for numpy), which is the fair comparison of the kernels; the
/// default-thread figures show what a notebook gets. The add is timed twice: with glibc's
/// default heap (every 64 MiB result is a fresh mapping, paid in page faults) and with
/// `HeapPolicy.keepLargeBuffersMapped()`, which `lit` and `lit-bench` can apply at start-up.
enum TensorBenchmarks {
    static func run() {
        Bench.section("Tensors: float32 matmul (GFLOP/s) and elementwise add (GB/s)")
        let sizes = [64, 256, 1024]
        let defaultThreads = BLASThreads.count
        let numpyAvailable = Bench.python("import numpy") != nil
        if !numpyAvailable {
            print("  numpy is not importable by python3 (set LIT_BENCH_PYTHON): our figures only")
        }
        for (label, threads) in [
            ("1 thread", 1), ("\(defaultThreads) threads (default)", defaultThreads),
        ] {
            BLASThreads.set(threads)
            let numpy = numpyAvailable ? numpyMatmul(sizes, threads: threads) : [:]
            for n in sizes {
                let ours = matmulGFLOPS(n)
                var line = "\(Bench.fixed(ours, 1)) GFLOP/s"
                if let reference = numpy[n] {
                    line +=
                        "   numpy \(Bench.fixed(reference, 1))   ratio \(Bench.fixed(ours / reference))"
                }
                Bench.row("matmul n=\(n), \(label)", line)
            }
        }
        BLASThreads.set(defaultThreads)
        let count = 16 << 20
        // Bytes counted per add, as STREAM counts them: read a and b, write the sum
        // (3 × 64 MiB = 192 MiB; GB/s are 1e9 bytes per second). The cache also reads each
        // output line before writing it, so the memory really moves 4 × 64 MiB; memcpy is
        // counted the same way (read + write), which makes the two figures comparable.
        let ceiling = memcpyGigabytesPerSecond(bytes: 256 << 20)
        Bench.row(
            "memcpy, 256 MiB (the ceiling)",
            "\(Bench.fixed(ceiling / 2, 1)) GB/s copied = \(Bench.fixed(ceiling, 1)) GB/s read+write"
        )
        let fresh = addGigabytesPerSecond(count)
        var line = "\(Bench.fixed(fresh, 1)) GB/s   \(Bench.fixed(fresh / ceiling)) of memcpy"
        if numpyAvailable, let reference = numpyAdd(count) {
            line +=
                "   numpy \(Bench.fixed(reference, 1))   ratio \(Bench.fixed(fresh / reference))"
        }
        Bench.row("add, 16M float32, default heap", line)
        HeapPolicy.keepLargeBuffersMapped()
        let kept = addGigabytesPerSecond(count)
        HeapPolicy.restoreDefaults()
        Bench.row(
            "add, 16M float32, heap kept mapped",
            "\(Bench.fixed(kept, 1)) GB/s   \(Bench.fixed(kept / ceiling)) of memcpy")
        let reused = reusedBufferGigabytesPerSecond(count)
        Bench.row(
            "  plain loop into a reused buffer", "\(Bench.fixed(reused, 1)) GB/s")
        let small = smallAddNanoseconds()
        var smallLine = "\(Bench.fixed(small, 0)) ns per op"
        if numpyAvailable, let reference = numpySmallAdd() {
            smallLine += "   numpy \(Bench.fixed(reference, 0)) ns"
        }
        Bench.row("add, two (2, 4) float32 tensors", smallLine)
    }

    /// Our float32 matmul throughput for n×n matrices.
    private static func matmulGFLOPS(_ n: Int) -> Double {
        var generator = RandomGenerator(seed: UInt64(n))
        guard let a = try? Tensor.randomUniform([n, n], using: &generator),
            let b = try? Tensor.randomUniform([n, n], using: &generator)
        else { return 0 }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        let repeats = max(1, Int(2e9 / flops))
        let seconds = Bench.best {
            for _ in 0..<repeats { _ = try? a.matmul(b) }
        }
        return flops * Double(repeats) / seconds / 1e9
    }

    /// Our add throughput, counting the bytes of both inputs and the output.
    private static func addGigabytesPerSecond(_ count: Int) -> Double {
        guard let a = try? Tensor.fill([count], value: .float(1.5), dtype: .float32),
            let b = try? Tensor.fill([count], value: .float(2.5), dtype: .float32)
        else { return 0 }
        let seconds = Bench.best(repeats: 10) { _ = try? a + b }
        return Double(3 * 4 * count) / seconds / 1e9
    }

    /// The machine's copy bandwidth: the best memcpy of `bytes` between two touched buffers,
    /// counting the bytes read and the bytes written.
    private static func memcpyGigabytesPerSecond(bytes: Int) -> Double {
        let source = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        let target = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        defer {
            source.deallocate()
            target.deallocate()
        }
        source.initializeMemory(as: UInt8.self, repeating: 1, count: bytes)
        target.initializeMemory(as: UInt8.self, repeating: 2, count: bytes)
        let seconds = Bench.best(repeats: 5) { _ = memcpy(target, source, bytes) }
        return Double(2 * bytes) / seconds / 1e9
    }

    /// A plain loop adding into an already-touched buffer: what the memory system allows
    /// without allocating (the ceiling for an op that must return a new tensor).
    private static func reusedBufferGigabytesPerSecond(_ count: Int) -> Double {
        let a = [Float](repeating: 1.5, count: count)
        let b = [Float](repeating: 2.5, count: count)
        var out = [Float](repeating: 0, count: count)
        let seconds = Bench.best(repeats: 10) {
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    out.withUnsafeMutableBufferPointer { o in
                        for i in 0..<count { o[i] = x[i] + y[i] }
                    }
                }
            }
        }
        return Double(3 * 4 * count) / seconds / 1e9
    }

    /// The cost of one small add, as the interpreter pays it for `x + y`.
    private static func smallAddNanoseconds() -> Double {
        guard let x = try? Tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]),
            let y = try? Tensor([[0.5, 0.5, 0.5, 0.5], [1.5, 1.5, 1.5, 1.5]])
        else { return 0 }
        let iterations = 200_000
        let seconds = Bench.best {
            for _ in 0..<iterations { _ = try? x + y }
        }
        return seconds / Double(iterations) * 1e9
    }

    private static func numpyMatmul(_ sizes: [Int], threads: Int) -> [Int: Double] {
        let program = """
            import os
            os.environ["OPENBLAS_NUM_THREADS"] = "\(threads)"
            import time, numpy as np
            rng = np.random.default_rng(0)
            for n in \(sizes):
                a = rng.random((n, n), dtype=np.float32)
                b = rng.random((n, n), dtype=np.float32)
                flops = 2.0 * n ** 3
                repeats = max(1, int(2e9 / flops))
                best = float("inf")
                for _ in range(5):
                    start = time.perf_counter()
                    for _ in range(repeats):
                        a @ b
                    best = min(best, time.perf_counter() - start)
                print(n, flops * repeats / best / 1e9)
            """
        guard let output = Bench.python(program) else { return [:] }
        var figures: [Int: Double] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let n = Int(parts[0]), let value = Double(parts[1]) {
                figures[n] = value
            }
        }
        return figures
    }

    private static func numpyAdd(_ count: Int) -> Double? {
        let program = """
            import time, numpy as np
            a = np.full(\(count), 1.5, dtype=np.float32)
            b = np.full(\(count), 2.5, dtype=np.float32)
            best = float("inf")
            for _ in range(10):
                start = time.perf_counter()
                a + b
                best = min(best, time.perf_counter() - start)
            print(3 * 4 * \(count) / best / 1e9)
            """
        return Bench.python(program).flatMap(Double.init)
    }

    private static func numpySmallAdd() -> Double? {
        let program = """
            import timeit, numpy as np
            x = np.arange(8, dtype=np.float32).reshape(2, 4)
            y = np.ones((2, 4), dtype=np.float32)
            print(min(timeit.repeat("x + y", globals=globals(), number=200000, repeat=5)) / 200000 * 1e9)
            """
        return Bench.python(program).flatMap(Double.init)
    }
}
