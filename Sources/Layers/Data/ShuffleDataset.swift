import Tensors

/// The elements in random order, with TensorFlow's buffer semantics
/// (`dataset.shuffle(buffer_size, seed, reshuffle_each_iteration)`).
///
/// The first `bufferSize` elements fill a buffer; each output is a uniformly chosen buffer
/// entry, whose place the next input element takes; once the input ends, the buffer empties in
/// random order. A buffer of 1 keeps the order; a buffer as large as the dataset shuffles it
/// uniformly.
///
/// The order comes from the seed (given, or drawn from the session's generator when the
/// dataset is made), not from TensorFlow's random stream, so it differs from TensorFlow's but
/// is the same on every run. Each new iterator reshuffles, unless `reshuffleEachIteration` is
/// false.
final class ShuffleDataset: Dataset {
    private let input: Dataset
    private let bufferSize: Int
    private let seed: UInt64
    private let reshuffleEachIteration: Bool
    /// How many iterators were made (each reshuffles with its own stream).
    private var iterations: UInt64 = 0

    init(_ input: Dataset, bufferSize: Int, seed: UInt64, reshuffleEachIteration: Bool) throws {
        guard bufferSize > 0 else {
            throw LayerError(.invalidArgument, "buffer_size must be greater than zero.")
        }
        self.input = input
        self.bufferSize = bufferSize
        self.seed = seed
        self.reshuffleEachIteration = reshuffleEachIteration
        super.init(
            className: "_ShuffleDataset", elementSpec: input.elementSpec,
            cardinality: input.cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        let stream = reshuffleEachIteration ? iterations : 0
        iterations += 1
        var random = WordSource(RandomGenerator(seed: seed, stream: stream))
        let upstream = try input.makeIterator()
        var buffer: [DatasetElement] = []
        var exhausted = false
        let bufferSize = self.bufferSize
        return DatasetIterator {
            while !exhausted && buffer.count < bufferSize {
                if let element = try upstream.next() {
                    buffer.append(element)
                } else {
                    exhausted = true
                }
            }
            guard !buffer.isEmpty else { return nil }
            let index = random.index(below: buffer.count)
            let chosen = buffer[index]
            if !exhausted, let next = try upstream.next() {
                buffer[index] = next
            } else {
                exhausted = true
                buffer[index] = buffer[buffer.count - 1]
                buffer.removeLast()
            }
            return chosen
        }
    }
}

/// Uniform random numbers from a counter-based generator, one 64-bit draw at a time.
struct WordSource {
    private var generator: RandomGenerator
    private var pending: [UInt32] = []

    init(_ generator: RandomGenerator) {
        self.generator = generator
    }

    /// A uniform integer in `0..<bound` (the modulo bias of 64-bit draws is negligible).
    mutating func index(below bound: Int) -> Int {
        if pending.count < 2 {
            let block = generator.nextBlock()
            pending += [block.0, block.1, block.2, block.3]
        }
        let high = UInt64(pending.removeFirst())
        let low = UInt64(pending.removeFirst())
        return Int((high << 32 | low) % UInt64(bound))
    }

    /// A random permutation of `0..<count` (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        for i in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(i, index(below: i + 1))
        }
        return order
    }
}
