import Testing

@testable import Tensors

/// Compares a tape's gradients with central finite differences, in float64.
///
/// The function's result is projected on fixed pseudo-random weights before differentiating
/// (`Σ wᵢ·f(x)ᵢ`), so a gradient that lands on the wrong element fails even where a plain sum
/// would hide it. With `secondOrder`, the gradient itself is differentiated by an outer tape
/// and compared with finite differences of the first gradient: that checks that every
/// pullback is built from differentiable ops.
struct GradientChecker {
    var step = 1e-6
    var tolerance = 1e-5
    var secondOrder = false

    /// Checks `function` at `inputs` (converted to float64); `sourceLocation` points failures
    /// at the caller.
    func check(
        _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation,
        _ function: @escaping ([Tensor]) throws -> Tensor
    ) throws {
        let points = inputs.map { $0.cast(to: .float64) }
        let weights = try projection(for: function(points))
        let objective = { (values: [Tensor]) throws -> Tensor in
            try (function(values) * weights).reduced(.sum)
        }
        let analytic = try tapeGradients(points, objective)
        let numeric = try finiteDifferences(points) { try objective($0).doubles[0] }
        compare(analytic, numeric, "first derivative", sourceLocation)
        guard secondOrder else { return }
        // The second derivative of Σ v·∇objective, against differences of the first gradient.
        let secondWeights = try points.map { try projection(for: $0, salt: 7) }
        let gradientProjection = {
            (values: [Tensor], context: DifferentiationContext) throws -> Tensor in
            let inner = GradientTape(context: context)
            var watched = values
            let target = try inner.record {
                watched = try watched.map { try inner.watch($0) }
                return try objective(watched)
            }
            var total = Tensor(scalar: 0.0)
            for (index, gradient) in try inner.gradient(target, watched).enumerated() {
                guard let gradient else { continue }
                total = try total + (gradient * secondWeights[index]).reduced(.sum)
            }
            return total
        }
        let context = DifferentiationContext()
        let outer = GradientTape(context: context)
        var watched = points
        let target = try outer.record {
            watched = try watched.map { try outer.watch($0) }
            return try gradientProjection(watched, context)
        }
        let second = try outer.gradient(target, watched)
        let secondNumeric = try finiteDifferences(points) {
            try gradientProjection($0, DifferentiationContext()).doubles[0]
        }
        compare(second, secondNumeric, "second derivative", sourceLocation)
    }

    /// Fixed weights in [0.5, 1.5) of `tensor`'s shape, as float64.
    private func projection(for tensor: Tensor, salt: UInt64 = 0) throws -> Tensor {
        var generator = RandomGenerator(seed: 1234 + salt)
        return try Tensor.randomUniform(
            tensor.shape, min: 0.5, max: 1.5, dtype: .float64, using: &generator)
    }

    private func tapeGradients(_ points: [Tensor], _ objective: ([Tensor]) throws -> Tensor)
        throws -> [Tensor?]
    {
        let context = DifferentiationContext()
        let tape = GradientTape(context: context)
        var watched = points
        let target = try tape.record {
            watched = try watched.map { try tape.watch($0) }
            return try objective(watched)
        }
        return try tape.gradient(target, watched)
    }

    private func finiteDifferences(_ points: [Tensor], _ value: ([Tensor]) throws -> Double)
        throws -> [[Double]]
    {
        var result: [[Double]] = []
        for (index, point) in points.enumerated() {
            var column: [Double] = []
            let base = point.doubles
            for element in base.indices {
                var plus = base
                var minus = base
                plus[element] += step
                minus[element] -= step
                var shifted = points
                shifted[index] = try Tensor(shape: point.shape, scalars: plus)
                let high = try value(shifted)
                shifted[index] = try Tensor(shape: point.shape, scalars: minus)
                let low = try value(shifted)
                column.append((high - low) / (2 * step))
            }
            result.append(column)
        }
        return result
    }

    private func compare(
        _ analytic: [Tensor?], _ numeric: [[Double]], _ what: String,
        _ sourceLocation: SourceLocation
    ) {
        for (index, expected) in numeric.enumerated() {
            let actual = analytic[index]?.doubles ?? Array(repeating: 0, count: expected.count)
            guard actual.count == expected.count else {
                Issue.record(
                    "\(what) of input \(index): \(actual.count) values, expected \(expected.count)",
                    sourceLocation: sourceLocation)
                continue
            }
            for (a, e) in zip(actual, expected)
            where Swift.abs(a - e) > tolerance * max(1, Swift.abs(e)) {
                Issue.record(
                    "\(what) of input \(index): tape \(actual), finite differences \(expected)",
                    sourceLocation: sourceLocation)
                break
            }
        }
    }
}
