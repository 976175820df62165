import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Splits the index range `0..<count` into contiguous chunks run on several threads, for
/// loops over large buffers (memory-bound elementwise ops); small counts run inline.
///
/// Each chunk writes only its own indices, so `body` may write through one shared output
/// pointer. The work is split evenly over the active processors (at most 8 chunks).
@inline(__always)
func parallelChunks(count: Int, _ body: @escaping @Sendable (Range<Int>) -> Void) {
    let threshold = 1 << 20
    let processors = min(8, ProcessorCount.active)
    guard count >= threshold, processors > 1 else {
        body(0..<count)
        return
    }
    let chunks = processors
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = count * chunk / chunks
        let end = count * (chunk + 1) / chunks
        body(start..<end)
    }
}

/// The number of processors available to this process.
enum ProcessorCount {
    static let active: Int = {
        #if canImport(Glibc)
            return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 1
        #endif
    }()
}

/// A raw pointer that chunks of a parallel loop share; each chunk touches disjoint elements.
struct SharedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// A read-only raw pointer shared by the chunks of a parallel loop.
struct SharedReadPointer<T>: @unchecked Sendable {
    let base: UnsafePointer<T>
}
