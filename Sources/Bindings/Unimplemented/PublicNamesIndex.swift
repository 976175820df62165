/// TensorFlow 2.15's, Keras's and numpy 1.26's public names (``publicNamesText``): which
/// names each API module and each class scripts hold has, and each module's `__name__`.
///
/// The list is compiled into the binary as one string literal, so a session pays nothing for
/// it at startup: no file to find or read, no parsing. The index (one entry per module or
/// class, about 430) is made on first use, when the first module is made (its `__name__`).
///
/// ```swift
/// PublicNames.contains("Conv2D", in: "tf.keras.layers")   // true
/// PublicNames.contains("reshape", in: "tf.Tensor")        // false: TensorFlow has none
/// PublicNames.moduleName("tf.math")                       // "tensorflow._api.v2.math"
/// ```
enum PublicNames {
    /// One line of the list.
    private struct Entry: Sendable {
        /// The module's `__name__` (`nil` for a class).
        let moduleName: Substring?
        /// The names, sorted, separated by single spaces.
        let names: Substring
    }

    /// The lines by owner (`tf.keras.layers`, `tf.Tensor`).
    private static let index: [Substring: Entry] = {
        var index: [Substring: Entry] = [:]
        for line in publicNamesText.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count >= 2 else { continue }
            let kind = fields[1]
            let moduleName = kind.hasPrefix("module=") ? kind.dropFirst("module=".count) : nil
            index[fields[0]] = Entry(
                moduleName: moduleName, names: fields.count > 2 ? fields[2] : "")
        }
        return index
    }()

    /// Whether the module or class at `owner` (`tf.keras.layers`, `tf.keras.Model`) has the
    /// public name `name` in TensorFlow 2.15 or numpy 1.26 (a class's own names only, not its
    /// recorded bases').
    static func contains(_ name: String, in owner: String) -> Bool {
        guard let entry = index[Substring(owner)] else { return false }
        return entry.names.split(separator: " ").contains { $0 == name }
    }

    /// The `__name__` of the module at `path` (`tf.math` is `tensorflow._api.v2.math`), `nil`
    /// for a path that isn't a module.
    static func moduleName(_ path: String) -> String? {
        index[Substring(path)]?.moduleName.map(String.init)
    }
}
