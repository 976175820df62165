/// Interpreter state the evaluation loop touches on every call and loop iteration, kept
/// behind a pointer so that reads and writes cost a plain memory access (no exclusivity
/// checks, no reference counting).
struct HotState {
    /// The next free slot of the value stack.
    var sp: UnsafeMutablePointer<Value>
    /// One past the last slot of the value stack.
    var stackEnd: UnsafeMutablePointer<Value>
    /// The number of script frames and re-entrant native calls active.
    var depth: Int
    /// The depth at which `RecursionError` is raised.
    var depthLimit: Int
    /// Loop iterations and calls left before the next clock check.
    var ticks: Int
    /// The lowest machine-stack address the interpreter may reach (0 when unknown).
    var machineStackLimit: UInt
    /// The tag byte `Value.object` has in memory (see ``ValueLayout``); 0xff when unknown.
    var objectTag: UInt8
}

/// How `Value` is laid out in memory, measured once at startup: an 8-byte payload followed by a tag
/// byte.
///
/// It lets the evaluation loop look at the object a slot holds without retaining it; when the
/// layout is not the expected one, the loop takes its ordinary path.
enum ValueLayout {
    /// The tag byte of `.object`, or `nil` when the layout is not the expected one.
    static func objectTag() -> UInt8? {
        guard MemoryLayout<Value>.size == 9 else { return nil }
        let probe = PyList()
        let address = UInt(bitPattern: Unmanaged.passUnretained(probe).toOpaque())
        var object = Value.object(probe)
        var integer = Value.int(Int(bitPattern: address))
        var string = Value.str(PyStr(""))
        let (bits, tag) = withUnsafeBytes(of: &object) { ($0.load(as: UInt.self), $0[8]) }
        let integerTag = withUnsafeBytes(of: &integer) { $0[8] }
        let stringTag = withUnsafeBytes(of: &string) { $0[8] }
        guard bits == address, tag != integerTag, tag != stringTag else { return nil }
        return tag
    }
}

/// The number of ticks between two clock checks.
let ticksPerClockCheck = 4096
