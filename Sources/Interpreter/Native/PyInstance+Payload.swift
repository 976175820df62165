/// Reading a native payload on hot paths (tensor operators) without copying and casting the
/// `Any?` it is stored in.
extension PyInstance {
    /// The payload when it is an instance of exactly the class `type` (not a subclass), read in
    /// place: no existential copy and no dynamic cast.
    ///
    /// Narrow it with `unsafeDowncast`.
    ///
    /// An `Any` holds a class reference inline, in its first word, with the type's metadata in
    /// its fourth; `PayloadLayout.isVerified` checks that layout once per process against a
    /// dynamic cast, and without it this falls back to comparing `type(of:)`.
    ///
    /// ```swift
    /// if let object = instance.payloadObject(ofExactType: TensorBox.self) {
    ///     let box = unsafeDowncast(object, to: TensorBox.self)
    /// }
    /// ```
    public func payloadObject(ofExactType type: AnyObject.Type) -> AnyObject? {
        guard PayloadLayout.isVerified else {
            guard let value = payload, Swift.type(of: value) == type else { return nil }
            return value as AnyObject
        }
        return withUnsafeMutablePointer(to: &payload) { pointer in
            PayloadLayout.object(in: UnsafeRawPointer(pointer), type)
        }
    }
}

/// The layout of an `Any?` holding a class reference, checked once.
enum PayloadLayout {
    /// Whether an `Any?` holds a class reference in its first word and the type's metadata in
    /// its fourth (checked against a dynamic cast).
    static let isVerified: Bool = {
        final class Probe {}
        guard MemoryLayout<Any?>.size == 4 * MemoryLayout<Int>.size else { return false }
        let probe = Probe()
        func read(_ value: Any?) -> AnyObject? {
            var copy = value
            return withUnsafeMutablePointer(to: &copy) { pointer in
                object(in: UnsafeRawPointer(pointer), Probe.self)
            }
        }
        return read(probe) === probe && read(nil) == nil && read(1) == nil
            && read("text") == nil
    }()

    /// The object in an `Any?` at `pointer` when its dynamic type is exactly `type`.
    static func object(in pointer: UnsafeRawPointer, _ type: AnyObject.Type) -> AnyObject? {
        let words = MemoryLayout<Int>.size
        guard
            let metadata = pointer.load(fromByteOffset: 3 * words, as: UnsafeRawPointer?.self),
            metadata == unsafeBitCast(type, to: UnsafeRawPointer.self)
        else { return nil }
        return Unmanaged<AnyObject>.fromOpaque(pointer.load(as: UnsafeRawPointer.self))
            .takeUnretainedValue()
    }
}
