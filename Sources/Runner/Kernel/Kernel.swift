import Book

/// Something that runs a chapter's cells one after another in one namespace, as a Jupyter
/// kernel does.
///
/// A kernel belongs to one chapter and is used from one thread at a time; the runner makes a
/// fresh one per chapter with a ``KernelFactory`` and closes it when the chapter is done.
public protocol Kernel: AnyObject {
    /// Runs one cell's code and returns what it showed. A cell that fails returns its
    /// exception in the result; the kernel stays usable for the next cell.
    func run(_ code: String, cellIndex: Int) -> CellResult

    /// Runs cells one after another, in the order given, and returns their results by
    /// ``Cell/index``; a cell that fails doesn't stop the ones after it.
    func runCells(_ cells: [Cell]) -> [Int: CellResult]

    /// Ends the kernel and frees what its cells created.
    func close()
}

extension Kernel {
    /// Runs the cells one at a time with ``run(_:cellIndex:)``.
    public func runCells(_ cells: [Cell]) -> [Int: CellResult] {
        var results: [Int: CellResult] = [:]
        for cell in cells {
            results[cell.index] = run(cell.code, cellIndex: cell.index)
        }
        return results
    }
}

/// Makes a fresh kernel for each chapter.
public protocol KernelFactory: Sendable {
    /// Text that changes whenever the kernels would produce different results for the same
    /// cells and seed (their limits, for instance); the result cache compares it.
    var resultIdentity: String { get }

    /// Makes a kernel for the chapter described by `context`.
    func makeKernel(for context: KernelContext) throws(KernelError) -> any Kernel
}

/// What a kernel needs to know about the chapter it runs.
public struct KernelContext: Hashable, Sendable {
    /// The chapter file's path as the user gave it (for tracebacks).
    public var chapterPath: String
    /// The seed of the chapter's random generators; the same seed gives the same outputs.
    public var seed: UInt64
    /// The chapter's own scratch folder: the working directory its cells read and write in.
    public var workingDirectory: String

    /// Makes a context.
    public init(chapterPath: String, seed: UInt64, workingDirectory: String) {
        self.chapterPath = chapterPath
        self.seed = seed
        self.workingDirectory = workingDirectory
    }
}

/// A kernel that could not be started.
public struct KernelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, in one sentence without a trailing period.
    public var message: String

    /// Makes an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
