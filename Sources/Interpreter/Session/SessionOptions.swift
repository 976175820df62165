/// Builds a native module for one session; called the first time a cell of that session
/// imports the module, so any state it creates belongs to that session.
public typealias ModuleFactory = @Sendable (Runtime) throws -> PyModule

/// The settings of a session: limits, files and the native modules cells may import.
public struct SessionOptions: Sendable {
    /// The wall-clock limit for one cell, in seconds (`TimeoutError: cell exceeded 30 s`).
    public var timeLimit: Double = 30
    /// The most bytes of printed output kept per cell; the rest is cut with a note.
    public var outputLimit: Int = 1 << 20
    /// The most items a list, tuple, dict or set may reach (`MemoryError` past it).
    public var maxCollectionItems: Int = 1 << 24
    /// The most bytes a str may reach (`MemoryError` past it).
    public var maxStringBytes: Int = 1 << 27
    /// The depth of script calls at which `RecursionError` is raised.
    public var recursionLimit: Int = 1000
    /// The folder relative paths in cells resolve against (`nil`: file access is refused).
    public var workingDirectory: String?
    /// The label tracebacks give a cell's source; `{n}` becomes the cell's run number.
    public var cellLabel: String = "<cell {n}>"
    /// Native modules by import name (`tensorflow`, `numpy`); dotted submodules may be
    /// registered separately or exposed as attributes of their parent.
    public var modules: [String: ModuleFactory] = [:]
    /// The bytes of machine stack reserved for the thread that runs cells.
    public var threadStackBytes: Int = 512 << 20
    /// The slots of the value stack that holds script frames.
    public var valueStackSlots: Int = 1 << 20
    /// Varies the fake object addresses between sessions (the same seed gives the same
    /// addresses).
    public var addressSeed: Int = 0

    /// Default options.
    public init() {}
}
