import Tensors

/// Each element transformed by a function (`dataset.map(fn)`).
///
/// TensorFlow traces the function once to learn what it returns; lit runs it on a placeholder
/// element of zeros when the dataset is made (twice, with sizes 1 and 2 for the unknown
/// dimensions, when the input has any, so that the dimensions that follow them are unknown in
/// the output's spec too).
final class MapDataset: Dataset {
    private let input: Dataset
    private let transform: (DatasetElement) throws -> DatasetElement

    init(_ input: Dataset, transform: @escaping (DatasetElement) throws -> DatasetElement)
        throws
    {
        self.input = input
        self.transform = transform
        let first = try transform(try input.elementSpec.placeholder(unknownSize: 1)).spec
        var spec = first
        if input.elementSpec.hasUnknownDimensions {
            let second = try transform(try input.elementSpec.placeholder(unknownSize: 2)).spec
            spec = Self.relaxed(first, second)
        }
        super.init(className: "_MapDataset", elementSpec: spec, cardinality: input.cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        let upstream = try input.makeIterator()
        let transform = self.transform
        return DatasetIterator {
            guard let element = try upstream.next() else { return nil }
            return try transform(element)
        }
    }

    /// `a` with the dimensions where `b` differs made unknown.
    private static func relaxed(_ a: ElementSpec, _ b: ElementSpec) -> ElementSpec {
        let other = b.tensorSpecs
        var index = 0
        return a.mapSpecs { spec in
            defer { index += 1 }
            guard index < other.count, let x = spec.shape.dimensions,
                let y = other[index].shape.dimensions, x.count == y.count
            else { return spec }
            return TensorSpec(
                shape: TensorShape(zip(x, y).map { $0 == $1 ? $0 : nil }), dtype: spec.dtype)
        }
    }
}
