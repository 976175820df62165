import Tensors

/// A random orthogonal matrix times `gain` (`tf.keras.initializers.Orthogonal(gain=1.0)`).
///
/// As Keras does: the shape is flattened to `rows × cols` (`cols` the last dimension, `rows`
/// the product of the others), a normal matrix of shape `(max, min)` of the two is drawn, its
/// QR factorization taken, Q's columns multiplied by the signs of R's diagonal (so the result
/// is uniformly distributed), Q transposed when `rows < cols`, and the result reshaped.
///
/// ```swift
/// let q = try Orthogonal()(shape: [3, 3], context: context)   // q·qᵀ ≈ I
/// ```
public final class Orthogonal: Initializer {
    /// The factor the matrix is multiplied by.
    public let gain: Double
    /// An explicit seed, or `nil` for the session's generator.
    public let seed: Int?

    /// An orthogonal initializer.
    public init(gain: Double = 1.0, seed: Int? = nil) {
        self.gain = gain
        self.seed = seed
        super.init(flavor: .keras)
    }

    /// `{'gain': …, 'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("gain", .float(gain)), ("seed", seed.map { .int($0) } ?? .none)]
    }

    /// The scaled orthogonal matrix.
    ///
    /// - Throws: `ValueError` for fewer than two dimensions (`The tensor to initialize must be
    ///   at least two-dimensional. Received: shape=(3,) of rank 1.`) or a non-float dtype.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        guard shape.count >= 2 else {
            throw LayerError(
                .value,
                "The tensor to initialize must be at least two-dimensional. Received: "
                    + "shape=\(TensorShape(shape)) of rank \(shape.count).")
        }
        try Initializer.requireFloat(dtype)
        let cols = shape[shape.count - 1]
        let rows = shape.dropLast().reduce(1, *)
        let tall = Swift.max(rows, cols)
        let wide = Swift.min(rows, cols)
        let normal = try SeededDraw(seed: seed).run(context) { generator in
            try Tensor.randomNormal([tall, wide], dtype: dtype, using: &generator)
        }
        let a = (0..<normal.count).map { normal.storageDouble(at: $0) }
        var q = Self.orthonormalFactor(a, rows: tall, cols: wide)
        if rows < cols {
            var transposed = [Double](repeating: 0, count: q.count)
            for r in 0..<tall {
                for c in 0..<wide { transposed[c * tall + r] = q[r * wide + c] }
            }
            q = transposed
        }
        let scaled = q.map { $0 * gain }
        return try Tensor(shape: shape, scalars: scaled).cast(to: dtype)
    }

    /// The `rows × cols` factor Q (rows ≥ cols) of the thin QR factorization of the row-major
    /// matrix `a`, by Householder reflections, with each column multiplied by the sign of
    /// R's diagonal entry.
    static func orthonormalFactor(_ a: [Double], rows: Int, cols: Int) -> [Double] {
        var r = a
        var reflectors: [[Double]] = []
        var diagonal: [Double] = []
        for k in 0..<cols {
            var v = [Double](repeating: 0, count: rows)
            var norm = 0.0
            for i in k..<rows {
                v[i] = r[i * cols + k]
                norm += v[i] * v[i]
            }
            norm = norm.squareRoot()
            // Reflect column k onto −sign(a_kk)·‖x‖·e_k, the numerically stable choice.
            let alpha = r[k * cols + k] >= 0 ? -norm : norm
            v[k] -= alpha
            var vNorm = 0.0
            for i in k..<rows { vNorm += v[i] * v[i] }
            if vNorm > 0 {
                for j in k..<cols {
                    var dot = 0.0
                    for i in k..<rows { dot += v[i] * r[i * cols + j] }
                    let factor = 2 * dot / vNorm
                    for i in k..<rows { r[i * cols + j] -= factor * v[i] }
                }
            }
            reflectors.append(vNorm > 0 ? v.map { $0 / vNorm.squareRoot() } : v)
            diagonal.append(r[k * cols + k])
        }
        // Q = H₀ H₁ … applied to the first `cols` columns of the identity.
        var q = [Double](repeating: 0, count: rows * cols)
        for j in 0..<cols { q[j * cols + j] = 1 }
        for k in stride(from: cols - 1, through: 0, by: -1) {
            let v = reflectors[k]
            for j in 0..<cols {
                var dot = 0.0
                for i in k..<rows { dot += v[i] * q[i * cols + j] }
                for i in k..<rows { q[i * cols + j] -= 2 * dot * v[i] }
            }
        }
        for j in 0..<cols {
            let sign: Double = diagonal[j] > 0 ? 1 : (diagonal[j] < 0 ? -1 : 0)
            for i in 0..<rows { q[i * cols + j] *= sign }
        }
        return q
    }
}

extension Tensor {
    /// The element at `offset` (which the caller has checked) as a `Double`.
    func storageDouble(at offset: Int) -> Double {
        switch storage {
        case .float32(let v): Double(v[offset])
        case .float64(let v): v[offset]
        case .int32(let v): Double(v[offset])
        case .int64(let v): Double(v[offset])
        case .bool(let v): v[offset] ? 1 : 0
        }
    }
}
