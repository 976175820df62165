import Book
import Foundation

@testable import Runner

/// Kernels that answer every cell with `path cell N` after a delay chosen per chapter, and
/// fail to start for chosen chapters; they record which thread ran each chapter.
struct ScriptedKernels: KernelFactory {
    /// Seconds each cell of a chapter takes, by a substring of the chapter's path.
    var delays: [String: Double] = [:]
    /// Chapters (by a substring of the path) whose kernel cannot start.
    var failing: [String] = []
    /// Counts kernels made, to check the cache.
    let counter = Counter()

    var resultIdentity: String { "scripted" }

    func makeKernel(for context: KernelContext) throws(KernelError) -> any Kernel {
        if failing.contains(where: { context.chapterPath.contains($0) }) {
            throw KernelError("the scripted kernel refuses this chapter")
        }
        counter.increment()
        let delay = delays.first { context.chapterPath.contains($0.key) }?.value ?? 0
        return ScriptedKernel(path: context.chapterPath, delay: delay, seed: context.seed)
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.withLock { count += 1 }
    }

    var value: Int {
        lock.withLock { count }
    }
}

private final class ScriptedKernel: Kernel {
    let path: String
    let delay: Double
    let seed: UInt64

    init(path: String, delay: Double, seed: UInt64) {
        self.path = path
        self.delay = delay
        self.seed = seed
    }

    func run(_ code: String, cellIndex: Int) -> CellResult {
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        let name = (path as NSString).lastPathComponent
        return CellResult(
            printed: "\(name) cell \(cellIndex) seed \(seed)\n", display: nil, error: nil,
            duration: delay)
    }

    func close() {}
}
