import Foundation
import Testing

@testable import Tensors

@Suite struct RandomTests {
    @Test func philoxMatchesTheKnownAnswerVectors() {
        // Random123's known-answer vectors, also what TensorFlow's
        // StatelessRandomUniformFullIntV2 (alg=1) returns for the same key and counter.
        func hex(_ block: (UInt32, UInt32, UInt32, UInt32)) -> [UInt32] {
            [block.0, block.1, block.2, block.3]
        }
        #expect(
            hex(Philox.block((0, 0, 0, 0), key: (0, 0)))
                == [0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8])
        let ones = UInt32.max
        #expect(
            hex(Philox.block((ones, ones, ones, ones), key: (ones, ones)))
                == [0x408F_276D, 0x41C8_3B0E, 0xA20B_C7C6, 0x6D54_51FD])
        #expect(
            hex(
                Philox.block(
                    (0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344),
                    key: (0xA409_3822, 0x299F_31D0)))
                == [0xD16C_FE09, 0x94FD_CCEB, 0x5001_E420, 0x2412_6EA1])
    }

    @Test func sameSeedGivesSameNumbers() throws {
        var first = RandomGenerator(seed: 42)
        var second = RandomGenerator(seed: 42)
        let a = try Tensor.randomNormal([3, 4], using: &first)
        let b = try Tensor.randomNormal([3, 4], using: &second)
        #expect(a == b)
        #expect(first == second)
        let c = try Tensor.randomNormal([3, 4], using: &first)
        #expect(c != a)  // the generator moved on
        var other = RandomGenerator(seed: 43)
        #expect(try Tensor.randomNormal([3, 4], using: &other) != a)
        var stream = RandomGenerator(seed: 42, stream: 1)
        #expect(try Tensor.randomNormal([3, 4], using: &stream) != a)
    }

    @Test func numbersArePinnedOnEveryPlatform() throws {
        // Only integer arithmetic, IEEE basic operations and the library's own log/sin/cos are
        // involved, so these exact values hold on every platform.
        var generator = RandomGenerator(seed: 0)
        let words = generator.nextWords(4)
        #expect(words == [0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8])
        var uniform = RandomGenerator(seed: 0)
        let u = try Tensor.randomUniform([4], using: &uniform)
        let expected = words.map { Double(RandomGenerator.unitFloat($0)) }
        #expect(u.doubles == expected)
        Fixtures.expectGolden(
            try Tensor.randomNormal([2, 3], using: &uniform).tensorflowRepr + "\n"
                + Tensor.truncatedNormal([5], using: &uniform).tensorflowRepr + "\n"
                + Tensor.randomUniform([3], dtype: .float64, using: &uniform).tensorflowRepr + "\n"
                + Tensor.randomUniformInteger([6], min: -3, max: 3, using: &uniform).tensorflowRepr,
            folder: "random", name: "seed-0.txt")
    }

    @Test func blocksAreConsumedWhole() throws {
        var generator = RandomGenerator(seed: 1)
        _ = try Tensor.randomUniform([5], using: &generator)
        #expect(generator.blocksUsed == 2)
        _ = try Tensor.randomUniform([2], dtype: .float64, using: &generator)
        #expect(generator.blocksUsed == 3)
    }

    @Test func uniformFloatsFillTheirRangeEvenly() throws {
        // 100 000 draws: the mean of U(-2, 6) is 2 and its variance 64/12; the standard error of
        // the mean is about 0.007, so a 0.05 tolerance fails only for a broken generator.
        var generator = RandomGenerator(seed: 2024)
        let values = try Tensor.randomUniform([100_000], min: -2, max: 6, using: &generator).doubles
        #expect(values.allSatisfy { $0 >= -2 && $0 < 6 })
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        #expect(Swift.abs(mean - 2) < 0.05)
        #expect(Swift.abs(variance - 64.0 / 12) < 0.1)
        // Each eighth of the range gets about 12 500 draws (binomial sd ≈ 105).
        var bins = Array(repeating: 0, count: 8)
        for value in values { bins[min(7, Int(value + 2))] += 1 }
        #expect(bins.allSatisfy { Swift.abs($0 - 12_500) < 600 })
    }

    @Test func normalDrawsHaveTheRequestedMoments() throws {
        var generator = RandomGenerator(seed: 99)
        let values = try Tensor.randomNormal(
            [100_000], mean: 1, stddev: 3, dtype: .float64, using: &generator
        ).doubles
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        #expect(Swift.abs(mean - 1) < 0.05)  // standard error 0.0095
        #expect(Swift.abs(variance.squareRoot() - 3) < 0.05)
        // About 68.27% within one standard deviation.
        let within = values.filter { Swift.abs($0 - 1) < 3 }.count
        #expect(Swift.abs(Double(within) / 100_000 - 0.6827) < 0.01)
    }

    @Test func truncatedNormalStaysWithinTwoStandardDeviations() throws {
        var generator = RandomGenerator(seed: 5)
        let values = try Tensor.truncatedNormal([50_000], mean: 0, stddev: 0.5, using: &generator)
            .doubles
        #expect(values.allSatisfy { Swift.abs($0) < 1 })
        // A standard normal truncated to ±2 has standard deviation ≈ 0.8796.
        let mean = values.reduce(0, +) / Double(values.count)
        let deviation = (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
        #expect(Swift.abs(mean) < 0.02)
        #expect(Swift.abs(deviation - 0.5 * 0.8796) < 0.01)
    }

    @Test func uniformIntegersCoverTheirRange() throws {
        var generator = RandomGenerator(seed: 11)
        let draws = try Tensor.randomUniformInteger([60_000], min: 1, max: 7, using: &generator)
        #expect(draws.dtype == .int32)
        var counts = Array(repeating: 0, count: 8)
        for value in draws.integers { counts[Int(value)] += 1 }
        #expect(counts[0] == 0 && counts[7] == 0)
        #expect(counts[1...6].allSatisfy { Swift.abs($0 - 10_000) < 400 })
        let wide = try Tensor.randomUniformInteger(
            [1000], min: -5_000_000_000, max: 5_000_000_000, dtype: .int64, using: &generator)
        #expect(wide.integers.allSatisfy { $0 >= -5_000_000_000 && $0 < 5_000_000_000 })
        #expect(
            thrownError { try Tensor.randomUniformInteger([2], min: 0, max: 0, using: &generator) }?
                .message == "Need minval < maxval, got 0 >= 0")
    }

    @Test func deterministicMathIsAccurate() {
        for x in [1e-7, 0.001, 0.3, 0.5, 0.9, 1.0, 2.5, 1e10] {
            let reference = Foundation.log(x)
            #expect(
                Swift.abs(DeterministicMath.log(x) - reference) < 1e-14
                    * Swift.max(1, Swift.abs(reference)))
        }
        for x in stride(from: 0.0, to: 2 * Double.pi, by: 0.37) {
            let (s, c) = DeterministicMath.sinCos(x)
            #expect(Swift.abs(s - Foundation.sin(x)) < 1e-15)
            #expect(Swift.abs(c - Foundation.cos(x)) < 1e-15)
        }
    }
}
