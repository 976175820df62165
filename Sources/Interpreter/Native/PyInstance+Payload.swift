/// Reading a native payload on hot paths (tensor operators) without copying and casting the
/// `Any?` it is stored in.
extension PyInstance {
    /// The payload when it is an instance of exactly the class `T` (not a subclass), read in
    /// place: no existential copy, dynamic cast or reference count.
    ///
    /// An `Any` holds a class reference inline, in its first word, with the type's metadata in
    /// its fourth; `PayloadLayout.isVerified` checks that layout once per process against a
    /// dynamic cast, and without it this falls back to the cast. Intended for final classes;
    /// the instance (and so its payload) must outlive the returned reference's use.
    @inline(__always)
    public func payload<T: AnyObject>(exactly type: T.Type) -> T? {
        guard PayloadLayout.isVerified else { return payload as? T }
        return withUnsafeMutablePointer(to: &payload) { pointer -> T? in
            PayloadLayout.object(in: UnsafeRawPointer(pointer), type)
        }
    }
}

/// The layout of an `Any?` holding a class reference, checked once.
enum PayloadLayout {
    /// Whether an `Any?` holds a class reference in its first word and the metadata in its
    /// fourth (checked against a dynamic cast).
    static let isVerified: Bool = {
        final class Probe {}
        let probe = Probe()
        var value: Any? = probe
        guard MemoryLayout<Any?>.size == 4 * MemoryLayout<Int>.size else { return false }
        let found = withUnsafeMutablePointer(to: &value) { pointer in
            object(in: UnsafeRawPointer(pointer), Probe.self)
        }
        var empty: Any? = nil
        let none = withUnsafeMutablePointer(to: &empty) { pointer in
            object(in: UnsafeRawPointer(pointer), Probe.self)
        }
        var other: Any? = 1
        let mismatch = withUnsafeMutablePointer(to: &other) { pointer in
            object(in: UnsafeRawPointer(pointer), Probe.self)
        }
        return found === probe && none == nil && mismatch == nil
    }()

    /// The object in an `Any?` at `pointer` when its type is exactly `T`.
    @inline(__always)
    static func object<T: AnyObject>(in pointer: UnsafeRawPointer, _ type: T.Type) -> T? {
        let words = MemoryLayout<Int>.size
        guard
            let metadata = pointer.load(fromByteOffset: 3 * words, as: UnsafeRawPointer?.self),
            metadata == unsafeBitCast(type, to: UnsafeRawPointer.self)
        else { return nil }
        return Unmanaged<T>.fromOpaque(pointer.load(as: UnsafeRawPointer.self))
            .takeUnretainedValue()
    }
}
