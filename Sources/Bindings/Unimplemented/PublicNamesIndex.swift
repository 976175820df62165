/// TensorFlow 2.15's, Keras's and numpy 1.26's public names: which names each API module and
/// each class scripts hold has (``publicNamesText``), and each module's `__name__`
/// (``publicModulesText``).
///
/// The lists are compiled into the binary as string literals and searched in place: their
/// lines are sorted, so a lookup is a binary search over a literal's bytes. A session pays
/// nothing for them at startup (no file to find or read, no parsing, no index), about a
/// microsecond per module it makes (its `__name__`) and a few per missing attribute.
///
/// ```swift
/// PublicNames.contains("Conv2D", in: "tf.keras.layers")   // true
/// PublicNames.contains("reshape", in: "tf.Tensor")        // false: TensorFlow has none
/// PublicNames.moduleName("tf.math")                       // "tensorflow._api.v2.math"
/// ```
enum PublicNames {
    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// Whether the module or class at `owner` (`tf.keras.layers`, `tf.keras.Model`) has the
    /// public name `name` in TensorFlow 2.15 or numpy 1.26 (a class's own names only, not its
    /// recorded bases').
    static func contains(_ name: String, in owner: String) -> Bool {
        let wanted = Array(name.utf8)
        return withLine(of: owner, in: publicNamesText) { names in
            var start = names.startIndex
            while start < names.endIndex {
                let end = names[start...].firstIndex(of: space) ?? names.endIndex
                if names[start..<end].elementsEqual(wanted) { return true }
                start = end + 1
            }
            return false
        } ?? false
    }

    /// The `__name__` of the module at `path` (`tf.math` is `tensorflow._api.v2.math`), `nil`
    /// for a path that isn't a module.
    static func moduleName(_ path: String) -> String? {
        withLine(of: path, in: publicModulesText) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` on the rest of the line of `text` whose first field is `key`, `nil` when no line
    /// has it.
    private static func withLine<T>(
        of key: String, in text: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> T
    ) -> T? {
        let wanted = Array(key.utf8)
        return text.utf8.withContiguousStorageIfAvailable { bytes -> T? in
            // Binary search over the whole lines in `lower..<upper`.
            var lower = 0
            var upper = bytes.count
            while lower < upper {
                var start = (lower + upper) / 2
                while start > lower && bytes[start - 1] != newline { start -= 1 }
                var end = start
                while end < upper && bytes[end] != newline { end += 1 }
                var keyEnd = start
                while keyEnd < end && bytes[keyEnd] != space { keyEnd += 1 }
                let found = bytes[start..<keyEnd]
                if found.elementsEqual(wanted) { return body(bytes[min(keyEnd + 1, end)..<end]) }
                if found.lexicographicallyPrecedes(wanted) {
                    lower = end + 1
                } else {
                    upper = start
                }
            }
            return nil
        } ?? nil
    }
}
