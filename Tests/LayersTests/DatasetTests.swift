import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/datasets.cells.json`: `tf.data` pipelines' reprs, element
/// specs, elements, lengths and errors, against TensorFlow 2.15; and the shuffle buffer's
/// semantics and determinism, which lit defines itself.
@Suite("Datasets, against TensorFlow 2.15")
struct DatasetTests {
    let tf: TensorFlowFixtures
    let context = KerasContext(seed: 0)
    let x: Tensor
    let y: Tensor
    let ds: Dataset
    let pairs: Dataset

    init() throws {
        tf = try TensorFlowFixtures("datasets")
        x = try Tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0], [9.0, 10.0]])
        y = try Tensor([0, 1, 0, 1, 1])
        ds = try Dataset.fromTensorSlices(.tensor(x))
        pairs = try Dataset.fromTensorSlices(.tuple([.tensor(x), .tensor(y)]))
    }

    /// The tensors of a dataset's elements as TensorFlow prints a list of them.
    private func listRepr(_ dataset: Dataset) throws -> String {
        pythonSequenceRepr(try dataset.elements().flatMap(\.tensors).map(\.tensorflowRepr))
    }

    @Test func reprsAndSpecsMatchTensorFlow() throws {
        #expect(ds.repr == (try tf.output("slices-repr")))
        #expect(ds.elementSpec.repr == (try tf.output("slices-spec")))
        #expect(pairs.repr == (try tf.output("pairs-repr")))
        let dict = try Dataset.fromTensorSlices(
            .dictionary([("b", .tensor(y)), ("a", .tensor(x))]))
        #expect(dict.repr == (try tf.output("dict-repr")))
        let nested = try Dataset.fromTensorSlices(
            .tuple([.tensor(x), .tuple([.tensor(y), .tensor(y)])]))
        #expect(nested.repr == (try tf.output("nested-repr")))
        #expect(try pairs.batch(2).repr == (try tf.output("batch-repr")))
        #expect(try pairs.batch(2, dropRemainder: true).repr == (try tf.output("batch-drop-repr")))
        let shuffled = try pairs.shuffle(bufferSize: 10, seed: 1, context: context)
        #expect(shuffled.repr == (try tf.output("shuffle-repr")))
        #expect(try shuffled.batch(2).take(2).repr == (try tf.output("take-repr")))
        #expect(pairs.repeated().repr == (try tf.output("repeat-repr")))
        #expect(pairs.prefetch(1).repr == (try tf.output("prefetch-repr")))
        #expect(try Dataset.range(stop: 10).repr == (try tf.output("range-repr")))
    }

    @Test func mapLearnsItsOutputSpecFromThePlaceholder() throws {
        let doubled = try pairs.map { element in
            guard case .tuple(let items) = element, case .tensor(let a) = items[0] else {
                return element
            }
            return .tuple([.tensor(try a * Tensor(scalar: Float(2))), items[1]])
        }
        #expect(doubled.repr == (try tf.output("map-repr")))
        let first = try ds.map { element in
            guard case .tensor(let a) = element else { return element }
            return .tensor(try a.slice([.index(0)]))
        }
        #expect(first.repr == (try tf.output("map-single-repr")))
        let sums = try ds.batch(2).map { element in
            guard case .tensor(let a) = element else { return element }
            return .tensor(try a.reduced(.sum, axes: [1]))
        }
        #expect(sums.repr == (try tf.output("map-batched-repr")))
        let twice = try ds.map { try $0.mapTensors { try $0 * Tensor(scalar: Float(2)) } }
        #expect(try listRepr(twice.take(2)) == (try tf.output("map-list")))
    }

    @Test func elementsMatchTensorFlow() throws {
        #expect(try listRepr(ds) == (try tf.output("slices-list")))
        #expect(
            try listRepr(ds.batch(2, dropRemainder: true)) == (try tf.output("batch-drop-list")))
        #expect(try listRepr(ds.take(2)) == (try tf.output("take-list")))
        #expect(try listRepr(ds.skip(3)) == (try tf.output("skip-list")))
        #expect(try listRepr(ds.take(2).repeated(2)) == (try tf.output("repeat-list")))
        #expect(
            try listRepr(Dataset.range(start: 2, stop: 8, step: 3)) == (try tf.output("range-list"))
        )
        // batch-list: three batches of (features, labels), the last one short.
        let batches = try pairs.batch(2).elements()
        #expect(
            batches.map { $0.tensors.map(\.shape) } == [
                [[2, 2], [2]], [[2, 2], [2]], [[1, 2], [1]],
            ])
        let expected = try tf.output("batch-list")
        for tensor in batches.flatMap(\.tensors) {
            let numpy = tensor.numpyText(forRepr: true)
                .replacingOccurrences(of: "\n", with: "\n  ")
            #expect(expected.contains(numpy))
        }
        // dict-first: keys in the order given.
        let dict = try Dataset.fromTensorSlices(
            .dictionary([("b", .tensor(y)), ("a", .tensor(x))]))
        let firstElement = try #require(try dict.makeIterator().next())
        guard case .dictionary(let entries) = firstElement else {
            Issue.record("not a dictionary")
            return
        }
        let expectedFirst = try tf.output("dict-first")
        #expect(
            expectedFirst
                == "{"
                + entries.map { "'\($0.key)': \($0.value.tensors[0].tensorflowRepr)" }
                .joined(separator: ",\n ") + "}")
    }

    @Test func lengthsCardinalitiesAndErrorsMatchTensorFlow() throws {
        let lengths = [
            try pairs.length(), try pairs.batch(2).length(),
            try pairs.batch(2, dropRemainder: true).length(), try pairs.take(3).length(),
            try pairs.skip(2).length(), try pairs.repeated(3).length(),
        ]
        #expect(
            "(" + lengths.map(String.init).joined(separator: ", ") + ")"
                == (try tf.output("lengths")))
        #expect(pairs.cardinality == 5)
        #expect(pairs.repeated().cardinality == Dataset.infinite)
        #expect(pythonError { _ = try pairs.repeated().length() } == (try tf.error("infinite-len")))
        #expect(
            pythonError { _ = try Dataset.fromTensorSlices(.tensor(Tensor(scalar: Float(1)))) }
                == (try tf.error("scalar-slices")))
        #expect(
            pythonError {
                _ = try Dataset.fromTensorSlices(
                    .tuple([.tensor(x), .tensor(try Tensor.ones([4]))]))
            } == (try tf.error("mismatched-slices")))
        let ragged = try Dataset.fromTensorSlices(.tensor(try Tensor([1.0, 2.0]))).map { element in
            guard case .tensor(let v) = element else { return element }
            return .tensor(try Tensor.ones([Int(v.scalar(as: Float.self) ?? 1)]))
        }
        #expect(
            pythonError { _ = try ragged.batch(2).elements() } == (try tf.error("batch-ragged")))
    }

    @Test func shuffleKeepsTensorFlowsBufferSemantics() throws {
        let numbers = try Dataset.range(stop: 10)
        func order(_ dataset: Dataset) throws -> [Int64] {
            try dataset.elements().compactMap { $0.tensors[0].scalar(as: Int64.self) }
        }
        // A buffer of 1 keeps the order.
        #expect(try order(numbers.shuffle(bufferSize: 1, context: context)) == Array(0..<10))
        // A buffer of 3: output i is one of the first i + 3 inputs, and all appear once.
        let small = try order(numbers.shuffle(bufferSize: 3, seed: 3, context: context))
        #expect(small.sorted() == Array(0..<10))
        for (position, value) in small.enumerated() { #expect(value < Int64(position + 3)) }
        // A full buffer: a permutation, reshuffled on each iteration, the same for one seed.
        let full = try numbers.shuffle(bufferSize: 10, seed: 7, context: context)
        let first = try order(full)
        let second = try order(full)
        #expect(first.sorted() == Array(0..<10) && first != Array(0..<10))
        #expect(first != second)
        let again = try numbers.shuffle(bufferSize: 10, seed: 7, context: context)
        #expect(try order(again) == first)
        let fixed = try numbers.shuffle(
            bufferSize: 10, seed: 7, reshuffleEachIteration: false, context: context)
        #expect(try order(fixed) == (try order(fixed)))
        // Without a seed: drawn from the session, so the same session seed gives the same order.
        let a = try order(numbers.shuffle(bufferSize: 10, context: KerasContext(seed: 5)))
        let b = try order(numbers.shuffle(bufferSize: 10, context: KerasContext(seed: 5)))
        let c = try order(numbers.shuffle(bufferSize: 10, context: KerasContext(seed: 6)))
        #expect(a == b && a != c)
    }
}
