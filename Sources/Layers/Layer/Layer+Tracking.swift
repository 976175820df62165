extension Layer {
    /// Records that attribute `name` now holds `layers` (Python's `self.name = layer` or `= [layer,
    /// …]` in a layer or model subclass), so `weights`, `layers` and `summary()` find them in
    /// assignment order.
    ///
    /// Assigning an attribute again moves it to the end, as Keras's tracking does; an empty list
    /// removes it.
    ///
    /// ```swift
    /// model.trackAttribute("hidden", [hidden])
    /// model.trackAttribute("blocks", [block1, block2])
    /// ```
    public func trackAttribute(_ name: String, _ layers: [Layer]) {
        trackedAttributes.removeAll { $0.name == name }
        if !layers.isEmpty {
            trackedAttributes.append((name, layers))
        }
    }

    /// Forgets attribute `name` (Python's `del self.name`).
    public func untrackAttribute(_ name: String) {
        trackedAttributes.removeAll { $0.name == name }
    }

    /// The layers held by tracked attributes, in assignment order (lists flattened), each
    /// once.
    var trackedLayers: [Layer] {
        var seen = Set<ObjectIdentifier>()
        return trackedAttributes.flatMap(\.layers).filter {
            seen.insert(ObjectIdentifier($0)).inserted
        }
    }
}
