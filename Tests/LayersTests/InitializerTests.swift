import Foundation
import Layers
import Tensors
import Testing

@Suite("Initializer distributions")
struct InitializerTests {
    private func stats(_ t: Tensor) -> (mean: Double, std: Double, min: Double, max: Double) {
        let v = (t.scalars(as: Float.self) ?? []).map(Double.init)
        let mean = v.reduce(0, +) / Double(v.count)
        let variance = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count)
        return (mean, variance.squareRoot(), v.min() ?? 0, v.max() ?? 0)
    }

    @Test func varianceScalingFamiliesHitTheirTargetSpread() throws {
        let context = KerasContext(seed: 2024)
        let shape = [400, 300]
        let fanIn = 400.0
        let fanAvg = 350.0
        let cases: [(Initializer, Double, Double?)] = [
            (GlorotUniform(), (1 / fanAvg).squareRoot(), (6 / 700.0).squareRoot()),
            (GlorotNormal(), (1 / fanAvg).squareRoot(), nil),
            (HeNormal(), (2 / fanIn).squareRoot(), nil),
            (HeUniform(), (2 / fanIn).squareRoot(), (6 / fanIn).squareRoot()),
            (LecunNormal(), (1 / fanIn).squareRoot(), nil),
            (LecunUniform(), (1 / fanIn).squareRoot(), (3 / fanIn).squareRoot()),
            (
                try VarianceScaling(scale: 2, mode: .fanOut, distribution: .untruncatedNormal),
                (2 / 300.0).squareRoot(), nil
            ),
        ]
        for (initializer, std, limit) in cases {
            let s = stats(try initializer(shape: shape, context: context))
            #expect(abs(s.mean) < 0.01 * std * 10, "\(initializer.className) mean \(s.mean)")
            #expect(abs(s.std / std - 1) < 0.02, "\(initializer.className) std \(s.std) vs \(std)")
            if let limit {
                #expect(s.min >= -limit && s.max < limit)
                #expect(s.max > limit * 0.99)
            }
        }
        // Truncated normals stay within two (pre-truncation) standard deviations.
        let he = stats(try HeNormal()(shape: shape, context: context))
        let bound = 2 * (2 / fanIn).squareRoot() / VarianceScaling.truncationStddev
        #expect(he.max <= bound && he.min >= -bound)
    }

    @Test func randomInitializersUseKerasDefaults() throws {
        let context = KerasContext(seed: 5)
        let normal = stats(try RandomNormal()(shape: [200, 200], context: context))
        #expect(abs(normal.std - 0.05) < 0.002 && abs(normal.mean) < 0.002)
        let tf = stats(
            try RandomNormal(mean: 0, stddev: 0.01, flavor: .tensorflow)(
                shape: [200, 200], context: context))
        #expect(abs(tf.std - 0.01) < 0.0005)
        let uniform = stats(try RandomUniform()(shape: [200, 200], context: context))
        #expect(
            uniform.min >= -0.05 && uniform.max < 0.05
                && abs(uniform.std - 0.1 / 12.0.squareRoot()) < 0.001)
        let truncated = stats(try TruncatedNormal()(shape: [200, 200], context: context))
        #expect(truncated.max <= 0.1 && truncated.min >= -0.1)
        #expect(abs(truncated.std - 0.05 * VarianceScaling.truncationStddev) < 0.002)
    }

    @Test func orthogonalMatricesAreOrthogonal() throws {
        let context = KerasContext(seed: 8)
        for shape in [[5, 5], [6, 3], [3, 6], [2, 3, 4]] {
            let q = try Orthogonal(gain: 2)(shape: shape, context: context)
            #expect(q.shape == shape)
            let rows = shape.dropLast().reduce(1, *)
            let cols = shape[shape.count - 1]
            let m = try q.reshaped([rows, cols])
            let gram =
                rows >= cols ? try m.matmul(m, transposeA: true) : try m.matmul(m, transposeB: true)
            let n = min(rows, cols)
            let values = gram.scalars(as: Float.self) ?? []
            for i in 0..<n {
                for j in 0..<n {
                    #expect(abs(Double(values[i * n + j]) - (i == j ? 4 : 0)) < 1e-4)
                }
            }
        }
    }

    @Test func seededInitializersRepeatAndNamesResolve() throws {
        let context = KerasContext(seed: 1)
        let a = try GlorotUniform(seed: 3)(shape: [3, 3], context: context)
        let b = try GlorotUniform(seed: 3)(shape: [3, 3], context: context)
        #expect(a == b)
        #expect(
            try Initializer.named("glorot_uniform").pythonClassPath
                == "keras.src.initializers.initializers.GlorotUniform")
        #expect(
            Zeros(flavor: .tensorflow).pythonClassPath == "tensorflow.python.ops.init_ops_v2.Zeros")
        #expect(Constant(42).pythonClassPath == "keras.src.initializers.initializers.Constant")
        for name in [
            "zeros", "one", "normal", "uniform", "he_uniform", "LecunNormal", "identity",
            "orthogonal", "variance_scaling", "truncated_normal", "Constant",
        ] {
            _ = try Initializer.named(name)
        }
        #expect(try Initializer.named("normal").className == "RandomNormal")
        #expect(VarianceScaling.computeFans([3, 3, 16, 32]) == (fanIn: 144, fanOut: 288))
    }
}
