import Tensors

/// The first `count` elements (`dataset.take(count)`; -1 takes all).
final class TakeDataset: Dataset {
    private let input: Dataset
    private let count: Int

    init(_ input: Dataset, count: Int) {
        self.input = input
        self.count = count
        var cardinality = input.cardinality
        if count >= 0 {
            cardinality =
                cardinality == Dataset.infinite
                ? count
                : cardinality >= 0 ? Swift.min(cardinality, count) : Dataset.unknown
        }
        super.init(
            className: "_TakeDataset", elementSpec: input.elementSpec, cardinality: cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        let upstream = try input.makeIterator()
        var taken = 0
        let count = self.count
        return DatasetIterator {
            guard count < 0 || taken < count else { return nil }
            taken += 1
            return try upstream.next()
        }
    }
}

/// All but the first `count` elements (`dataset.skip(count)`; -1 skips all).
final class SkipDataset: Dataset {
    private let input: Dataset
    private let count: Int

    init(_ input: Dataset, count: Int) {
        self.input = input
        self.count = count
        var cardinality = input.cardinality
        if cardinality >= 0 {
            cardinality = count < 0 ? 0 : Swift.max(cardinality - count, 0)
        }
        super.init(
            className: "_SkipDataset", elementSpec: input.elementSpec, cardinality: cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        let upstream = try input.makeIterator()
        var skipped = false
        let count = self.count
        return DatasetIterator {
            if !skipped {
                skipped = true
                var dropped = 0
                while count < 0 || dropped < count {
                    guard try upstream.next() != nil else { return nil }
                    dropped += 1
                }
            }
            return try upstream.next()
        }
    }
}

/// The elements again and again (`dataset.repeat(count)`; `nil` or -1 repeats forever), each
/// pass with a fresh iterator of the input (so a shuffled input reshuffles).
final class RepeatDataset: Dataset {
    private let input: Dataset
    private let count: Int?

    init(_ input: Dataset, count: Int?) {
        self.input = input
        let times = count.flatMap { $0 < 0 ? nil : $0 }
        self.count = times
        let cardinality: Int
        if input.cardinality == 0 || times == 0 {
            cardinality = 0
        } else if let times, input.cardinality >= 0 {
            cardinality = input.cardinality * times
        } else if times == nil {
            cardinality = Dataset.infinite
        } else {
            cardinality = input.cardinality
        }
        super.init(
            className: "_RepeatDataset", elementSpec: input.elementSpec, cardinality: cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        let input = self.input
        let count = self.count
        var pass = 0
        var current: DatasetIterator?
        return DatasetIterator {
            while true {
                if current == nil {
                    if let count, pass >= count { return nil }
                    pass += 1
                    current = try input.makeIterator()
                }
                if let element = try current?.next() { return element }
                current = nil
                // An empty input would repeat forever without yielding; TensorFlow ends it.
                if input.cardinality == 0 { return nil }
            }
        }
    }
}

/// The elements unchanged (`dataset.prefetch(n)`: lit computes elements when asked, so there
/// is nothing to prefetch).
final class PrefetchDataset: Dataset {
    private let input: Dataset

    init(_ input: Dataset) {
        self.input = input
        super.init(
            className: "_PrefetchDataset", elementSpec: input.elementSpec,
            cardinality: input.cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        try input.makeIterator()
    }
}

/// The integers `start, start + step, …` below `stop` as int64 scalars (`Dataset.range`).
final class RangeDataset: Dataset {
    private let start: Int
    private let stop: Int
    private let step: Int

    init(start: Int, stop: Int, step: Int) throws {
        guard step != 0 else {
            throw LayerError(.invalidArgument, "step must be a non-zero integer.")
        }
        self.start = start
        self.stop = stop
        self.step = step
        let span = step > 0 ? stop - start : start - stop
        let magnitude = Swift.abs(step)
        let count = span <= 0 ? 0 : (span + magnitude - 1) / magnitude
        super.init(
            className: "_RangeDataset",
            elementSpec: .tensor(TensorSpec(shape: TensorShape([Int]()), dtype: .int64)),
            cardinality: count)
    }

    override func makeIterator() throws -> DatasetIterator {
        var value = start
        let stop = self.stop
        let step = self.step
        return DatasetIterator {
            guard step > 0 ? value < stop : value > stop else { return nil }
            defer { value += step }
            return .tensor(Tensor(scalar: Int64(value)))
        }
    }
}
