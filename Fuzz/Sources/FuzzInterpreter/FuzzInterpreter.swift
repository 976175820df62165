import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// Fuzzes the interpreter through a ``Session`` with small limits (a tenth of a second per
/// cell, 64 KiB of output, small collections and strings, no file access).
///
/// Any program ends with its output or a Python exception, the printed text stays within the
/// limit, and the session still runs a cell afterwards. Starting a session costs far more than
/// most inputs, so one session serves ``SessionSupply/inputsPerSession`` inputs in a row
/// (a crash that needs an earlier input shows up again when libFuzzer replays its corpus).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = supply.next()
    let outcome = session.run(source, label: "<fuzz>")
    // The note that says output was cut may follow the limit.
    if outcome.printed.utf8.count > SessionSupply.options.outputLimit + 512 {
        fail("printed \(outcome.printed.utf8.count) bytes past the limit")
    }
    if let error = outcome.error, error.type.isEmpty {
        fail("an exception without a type: \(error)")
    }
    let after = session.run("1 + 1", label: "<after>")
    if after.display != "2", after.error?.type != "TimeoutError" {
        fail("the session is broken after the input: \(after)")
    }
    return 0
}

/// The sessions the fuzzer uses, each for a run of inputs (libFuzzer calls from one thread).
private let supply = SessionSupply()

/// Hands out a session, replacing it with a fresh one every few inputs.
private final class SessionSupply: @unchecked Sendable {
    static let inputsPerSession = 64

    static let options: SessionOptions = {
        var options = SessionOptions()
        options.timeLimit = 0.1
        options.outputLimit = 1 << 16
        options.maxCollectionItems = 1 << 16
        options.maxStringBytes = 1 << 20
        options.recursionLimit = 200
        options.threadStackBytes = 64 << 20
        options.valueStackSlots = 1 << 16
        options.workingDirectory = nil
        return options
    }()

    private var session: Session?
    private var used = 0

    func next() -> Session {
        if let session, used < Self.inputsPerSession {
            used += 1
            return session
        }
        session?.close()
        let fresh = Session(options: Self.options)
        session = fresh
        used = 1
        return fresh
    }
}

/// Reports a finding and ends the process so that libFuzzer keeps the input.
private func fail(_ message: String) {
    print("FuzzInterpreter: " + message)
    abort()
}
