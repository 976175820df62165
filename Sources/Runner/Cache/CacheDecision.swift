/// Whether a chapter's results were reused from the cache, or why the chapter ran.
public enum CacheDecision: Hashable, Sendable, CustomStringConvertible {
    /// The stored results matched and were reused.
    case reused
    /// The chapter ran, for this reason.
    case ran(RunReason)
    /// The chapter could not be read, so it neither ran nor was looked up.
    case notRun

    /// The text `--explain` shows: `reused cached results`, `ran (cells changed)`.
    public var description: String {
        switch self {
        case .reused: return "reused cached results"
        case .ran(let reason): return "ran (\(reason.rawValue))"
        case .notRun: return "not run (it could not be read)"
        }
    }
}

/// Why a chapter ran instead of reusing stored results.
public enum RunReason: String, Hashable, Sendable {
    /// No result is stored for the chapter.
    case noEntry = "no cache entry"
    /// The stored entry could not be read (it is rewritten).
    case unreadableEntry = "cache entry unreadable"
    /// A cell's code or options changed, or cells were added or removed.
    case cellsChanged = "cells changed"
    /// The run uses another seed.
    case seedChanged = "seed changed"
    /// The engine is another build of `lit`.
    case engineChanged = "engine changed"
    /// The time, output or tensor limits changed.
    case limitsChanged = "limits changed"
    /// The cache is turned off.
    case cacheDisabled = "--no-cache"
    /// The command always runs (`lit run`); it still stores the results.
    case alwaysRuns = "results are not reused by this command"
}
