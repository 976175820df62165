import Book
import Dispatch
import Interpreter
import Tensors

/// Makes kernels that run cells in a fresh interpreter session per chapter.
///
/// Each session is seeded (fake object addresses and, through ``extender``, the engine's
/// random generators), works in the chapter's scratch folder, stops a cell past
/// ``timeLimit`` with `TimeoutError`, cuts printed output past ``outputLimit``, and refuses
/// tensors larger than ``tensorLimits`` allows.
public struct InterpreterKernelFactory: KernelFactory {
    /// The wall-clock limit of one cell, in seconds.
    public var timeLimit: Double
    /// The most bytes of printed output kept per cell.
    public var outputLimit: Int
    /// The largest tensor a cell may allocate.
    public var tensorLimits: TensorLimits
    /// Adds native modules (and a cell scope) to each chapter's session.
    public var extender: SessionExtender

    /// Makes a factory; the defaults are 30 s per cell, 1 MiB of output, 1 GiB per tensor and
    /// the book's modules (``BookModules``).
    public init(
        timeLimit: Double = 30, outputLimit: Int = 1 << 20,
        tensorLimits: TensorLimits = TensorLimits(maxBytes: 1 << 30),
        extender: @escaping SessionExtender = BookModules.extensions(for:)
    ) {
        self.timeLimit = timeLimit
        self.outputLimit = outputLimit
        self.tensorLimits = tensorLimits
        self.extender = extender
    }

    /// The limits, which decide where a cell stops.
    public var resultIdentity: String {
        "time \(timeLimit) s; output \(outputLimit) bytes; tensors \(tensorLimits.maxBytes) bytes"
    }

    /// Starts a session for the chapter (its thread starts with the first cell).
    public func makeKernel(for context: KernelContext) throws(KernelError) -> any Kernel {
        let extensions = extender(context)
        var options = SessionOptions()
        options.timeLimit = timeLimit
        options.outputLimit = outputLimit
        options.workingDirectory = context.workingDirectory
        options.modules = extensions.modules
        options.addressSeed = Int(truncatingIfNeeded: context.seed)
        return InterpreterKernel(
            session: Session(options: options), chapterPath: context.chapterPath,
            tensorLimits: tensorLimits, cellScope: extensions.cellScope)
    }
}

/// A kernel over one interpreter session.
final class InterpreterKernel: Kernel {
    private let session: Session
    private let chapterPath: String
    private let tensorLimits: TensorLimits
    private let cellScope: (@Sendable (_ body: () -> Void) -> Void)?

    init(
        session: Session, chapterPath: String, tensorLimits: TensorLimits,
        cellScope: (@Sendable (_ body: () -> Void) -> Void)?
    ) {
        self.session = session
        self.chapterPath = chapterPath
        self.tensorLimits = tensorLimits
        self.cellScope = cellScope
    }

    func run(_ code: String, cellIndex: Int) -> CellResult {
        runOnSessionThread([(code, cellIndex)]).first ?? Self.notRun
    }

    func runCells(_ cells: [Cell]) -> [Int: CellResult] {
        let results = runOnSessionThread(cells.map { ($0.code, $0.index) })
        var byIndex: [Int: CellResult] = [:]
        for (position, cell) in cells.enumerated() {
            byIndex[cell.index] = position < results.count ? results[position] : Self.notRun
        }
        return byIndex
    }

    /// The result of a cell the session could not run at all.
    private static let notRun = CellResult(
        printed: "", display: nil,
        error: CellRunError(
            type: "RuntimeError", message: "the kernel could not run the cell", line: 1,
            column: 1),
        duration: 0)

    /// Runs cells on the session's own thread, all in one job (one hand-over between threads
    /// per chapter rather than per cell), with the tensor limits bound there.
    ///
    /// The limits are a task-local value, and task-locals bound on the caller's thread don't
    /// reach the session's thread; so they are bound inside the job, where `Session.run` runs
    /// inline.
    private func runOnSessionThread(_ cells: [(code: String, index: Int)]) -> [CellResult] {
        let session = session
        let limits = tensorLimits
        let scope = cellScope
        let path = chapterPath
        let results = try? session.perform { _ -> [CellResult] in
            cells.map { cell in
                let label = "\(path), cell \(cell.index)"
                let start = DispatchTime.now().uptimeNanoseconds
                var outcome: CellOutcome?
                let body = {
                    outcome = TensorLimits.$current.withValue(limits) {
                        session.run(cell.code, label: label)
                    }
                }
                if let scope { scope(body) } else { body() }
                let finished = outcome ?? session.run(cell.code, label: label)
                let duration = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                return CellResult(
                    printed: finished.printed, display: finished.display,
                    error: finished.error.map {
                        CellRunError(
                            type: $0.type, message: $0.message, line: $0.line, column: $0.column)
                    },
                    duration: duration)
            }
        }
        return results ?? []
    }

    func close() {
        session.close()
    }
}
