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
    /// The value a `return` statement hands to its function's caller.
    var returnValue: Value
    /// The lowest machine-stack address the interpreter may reach (0 when unknown).
    var machineStackLimit: UInt
}

/// The number of ticks between two clock checks.
let ticksPerClockCheck = 4096
