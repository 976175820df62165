/// A shape whose rank or dimensions may be unknown, as `tf.TensorShape` models it.
///
/// ```swift
/// TensorShape([2, 3]).description          // "(2, 3)"
/// TensorShape([nil, 3]).repr               // "TensorShape([None, 3])"
/// TensorShape(unknownRank: ()).repr        // "TensorShape(None)"
/// ```
public struct TensorShape: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The dimensions, `nil` for an unknown one; `nil` as a whole when the rank is unknown.
    public var dimensions: [Int?]?

    /// A fully known shape.
    public init(_ dimensions: [Int]) {
        self.dimensions = dimensions.map { Optional($0) }
    }

    /// A shape with some unknown dimensions.
    public init(_ dimensions: [Int?]) {
        self.dimensions = dimensions
    }

    /// A shape of unknown rank (`TensorShape(None)`).
    public init(unknownRank: Void) {
        self.dimensions = nil
    }

    /// The rank, or `nil` when unknown.
    public var rank: Int? { dimensions?.count }

    /// Whether the rank and every dimension are known.
    public var isFullyDefined: Bool {
        guard let dimensions else { return false }
        return dimensions.allSatisfy { $0 != nil }
    }

    /// The dimensions when all are known.
    public var knownDimensions: [Int]? {
        guard let dimensions else { return nil }
        var known: [Int] = []
        for dimension in dimensions {
            guard let dimension else { return nil }
            known.append(dimension)
        }
        return known
    }

    /// The number of elements when fully known.
    public var elementCount: Int? { knownDimensions?.reduce(1, *) }

    /// Whether a tensor of `shape` fits this (possibly partial) shape.
    public func isCompatible(with shape: [Int]) -> Bool {
        guard let dimensions else { return true }
        guard dimensions.count == shape.count else { return false }
        return zip(dimensions, shape).allSatisfy { $0 == nil || $0 == $1 }
    }

    /// `str(shape)`: a Python tuple such as `(2, 3)`, `(None, 3)`, `(2,)`, or `<unknown>`.
    public var description: String {
        guard let dimensions else { return "<unknown>" }
        let items = dimensions.map { $0.map(String.init) ?? "None" }
        return items.count == 1 ? "(\(items[0]),)" : "(" + items.joined(separator: ", ") + ")"
    }

    /// `repr(shape)`: `TensorShape([2, 3])`, or `TensorShape(None)` for an unknown rank.
    public var repr: String {
        guard let dimensions else { return "TensorShape(None)" }
        let items = dimensions.map { $0.map(String.init) ?? "None" }
        return "TensorShape([" + items.joined(separator: ", ") + "])"
    }
}
