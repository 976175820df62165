import Runner

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: standard output for results, standard error for diagnostics,
/// with colours only when they are wanted.
public final class Console: @unchecked Sendable {
    /// Whether reports may use ANSI colours on standard output.
    public let usesColor: Bool
    private let lock = Monitor()
    private let sink: Sink
    private var capturedOut = ""
    private var capturedError = ""
    private var pending: [UInt8] = []

    private enum Sink {
        case standardStreams
        case memory
    }

    private init(usesColor: Bool, sink: Sink) {
        self.usesColor = usesColor
        self.sink = sink
    }

    deinit {
        if case .standardStreams = sink { flushPending() }
    }

    /// The process's standard output and error; colours when standard output is a terminal
    /// and `NO_COLOR` is not set (see no-color.org).
    public static func standard() -> Console {
        let wantsColor =
            isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR").map { $0.pointee == 0 } ?? true
        return Console(usesColor: wantsColor, sink: .standardStreams)
    }

    /// A console that keeps what is written in memory (for tests).
    public static func capturing(usesColor: Bool = false) -> Console {
        Console(usesColor: usesColor, sink: .memory)
    }

    /// What was written to standard output, for a capturing console.
    public var output: String {
        lock.withLock { capturedOut }
    }

    /// What was written to standard error, for a capturing console.
    public var errorOutput: String {
        lock.withLock { capturedError }
    }

    /// Writes text to standard output.
    public func write(_ text: String) {
        lock.withLock {
            switch sink {
            case .standardStreams:
                pending += text.utf8
                if pending.count >= 1 << 16 { flushPending() }
            case .memory: capturedOut += text
            }
        }
    }

    /// Writes text to standard error (unbuffered there).
    public func writeError(_ text: String) {
        lock.withLock {
            switch sink {
            case .standardStreams:
                flushPending()
                Self.put(Array(text.utf8), STDERR_FILENO)
            case .memory: capturedError += text
            }
        }
    }

    /// Sends what is buffered for standard output on its way (after each chapter).
    public func flush() {
        lock.withLock {
            if case .standardStreams = sink { flushPending() }
        }
    }

    private func flushPending() {
        Self.put(pending, STDOUT_FILENO)
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes all bytes to a file descriptor; a closed pipe or a full disk loses the rest.
    private static func put(_ bytes: [UInt8], _ descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

/// `write(2)`, named apart from ``Console/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
