/// Objects that may sit in reference cycles no namespace reaches, kept so that closing the
/// session can break those cycles too.
///
/// Native classes are held (their methods' Swift closures often capture the class itself, a
/// cycle invisible to a walk over script values); script classes and closures are watched
/// through weak references (a class and its instances, or an inner function and the cell
/// that holds it, refer to each other even after the script dropped them).
final class CycleRoots {
    private struct WeakObject {
        weak var object: PyObject?
    }

    private var held: [PyObject] = []
    private var watched: [WeakObject] = []
    private var compactAt = 256

    /// Keeps `object` until the session ends.
    func hold(_ object: PyObject) {
        held.append(object)
    }

    /// Remembers `object` without keeping it alive.
    func watch(_ object: PyObject) {
        if watched.count >= compactAt {
            watched.removeAll { $0.object == nil }
            compactAt = max(256, watched.count * 2)
        }
        watched.append(WeakObject(object: object))
    }

    /// Every held object and every watched one still alive; empties the registry.
    func takeAll() -> [Value] {
        var values = held.map { Value.object($0) }
        for w in watched {
            if let o = w.object { values.append(.object(o)) }
        }
        held = []
        watched = []
        return values
    }
}
