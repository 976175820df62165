/// A container the session can find again when it ends: lists and dicts (an instance's
/// attributes are a dict).
///
/// Every cycle of script objects runs through one of them, so emptying them all at the end
/// frees the cycles a script made and then dropped (`a = []; a.append(a); del a`), which
/// CPython's cycle collector would free and reference counting alone never does.
public class TrackedContainer: PyObject {
    // The links of the session's circular list; nil when not tracked.
    fileprivate unowned(unsafe) var trackedPrevious: TrackedContainer?
    fileprivate unowned(unsafe) var trackedNext: TrackedContainer?

    deinit {
        untrack()
    }

    /// Takes the container out of its session's list.
    fileprivate final func untrack() {
        guard let previous = trackedPrevious, let next = trackedNext else { return }
        previous.trackedNext = next
        next.trackedPrevious = previous
        trackedPrevious = nil
        trackedNext = nil
    }
}

/// The containers one session made and that are still alive, in a circular doubly linked
/// list threaded through the containers themselves.
///
/// Adding costs four pointer writes; a container takes itself out when it is freed. Used on
/// the session's thread only.
final class TrackedContainers {
    // The list's fixed node; never exposed to scripts.
    private let sentinel = TrackedContainer(kind: .list)

    init() {
        sentinel.trackedPrevious = sentinel
        sentinel.trackedNext = sentinel
    }

    deinit {
        detachAll()
    }

    /// Tracks `container` until it is freed or the session ends.
    @inline(__always) func add(_ container: TrackedContainer) {
        guard let last = sentinel.trackedPrevious else { return }
        container.trackedPrevious = last
        container.trackedNext = sentinel
        last.trackedNext = container
        sentinel.trackedPrevious = container
    }

    /// Every tracked container, held (so that none is freed while the caller empties them).
    func all() -> [Value] {
        var values: [Value] = []
        var node = sentinel.trackedNext
        while let container = node, container !== sentinel {
            values.append(.object(container))
            node = container.trackedNext
        }
        return values
    }

    /// Stops tracking every container still alive (the session is over; the list's sentinel
    /// goes away with it).
    func detachAll() {
        while let first = sentinel.trackedNext, first !== sentinel {
            first.untrack()
        }
    }
}
