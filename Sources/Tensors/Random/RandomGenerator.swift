/// A seedable, deterministic source of random bits, owned by whoever runs the computation (a
/// notebook session owns one and passes it to every random op; there is no global state).
///
/// ```swift
/// var generator = RandomGenerator(seed: 42)
/// let weights = try Tensor.randomNormal([4, 4], stddev: 0.01, using: &generator)
/// let again = RandomGenerator(seed: 42)   // the same seed gives the same numbers
/// ```
///
/// **Algorithm.** Bits come from Philox4x32-10 (the counter-based generator TensorFlow uses):
/// the key is the 64-bit seed, the counter's low 64 bits count blocks and its high 64 bits are
/// the `stream`, so one seed gives independent streams. Each block yields four 32-bit words;
/// an op takes whole blocks and drops any words it doesn't use, so how many blocks an op
/// consumes depends only on its element count.
///
/// - Uniform `float32`: 23 random bits become the mantissa of a float in [1, 2), minus 1, so
///   values are multiples of 2⁻²³ in [0, 1); then `u * (max - min) + min`. `float64` uses 52
///   bits from two words the same way.
/// - Uniform integers: one word (two for `int64`) modulo `max - min`, plus `min` (TensorFlow's
///   method; slightly biased for ranges that don't divide 2³²).
/// - Normal: Box–Muller on two uniforms `u₁` (at least 1e-7) and `u₂`:
///   `√(-2 ln u₁) · sin(2π u₂)` and `√(-2 ln u₁) · cos(2π u₂)`, then `mean + stddev · z`.
/// - Truncated normal: normal draws with |z| ≥ 2 are rejected and drawn again (TensorFlow's
///   rule), so every value lies within two standard deviations of the mean.
///
/// **Same numbers on every platform.** Everything is integer arithmetic and IEEE `+ − × ÷`
/// and `sqrt` (correctly rounded everywhere), computed in `Double`; the logarithm, sine and
/// cosine are this library's own polynomial evaluations (`DeterministicMath`), not the C
/// library's, whose last bits differ between platforms. The numbers differ from TensorFlow's,
/// which derives its Philox key and counter from its own seed scheme.
public struct RandomGenerator: Sendable, Equatable {
    /// The Philox key (the seed).
    private var key: (UInt32, UInt32)
    /// The next block number.
    private var block: UInt64
    /// The stream (the counter's high half).
    private let stream: UInt64

    /// A generator for `seed`; different `stream`s give independent sequences for one seed.
    public init(seed: UInt64, stream: UInt64 = 0) {
        key = (UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
        block = 0
        self.stream = stream
    }

    /// Whether two generators will produce the same numbers.
    public static func == (a: RandomGenerator, b: RandomGenerator) -> Bool {
        a.key == b.key && a.block == b.block && a.stream == b.stream
    }

    /// The number of Philox blocks drawn so far.
    public var blocksUsed: UInt64 { block }

    /// The next four random words.
    public mutating func nextBlock() -> (UInt32, UInt32, UInt32, UInt32) {
        let counter = (
            UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32),
            UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)
        )
        block &+= 1
        return Philox.block(counter, key: key)
    }

    /// `count` random words, from `ceil(count / 4)` blocks.
    public mutating func nextWords(_ count: Int) -> [UInt32] {
        var words: [UInt32] = []
        words.reserveCapacity(count + 3)
        while words.count < count {
            let b = nextBlock()
            words.append(b.0)
            words.append(b.1)
            words.append(b.2)
            words.append(b.3)
        }
        words.removeLast(words.count - count)
        return words
    }

    /// A uniform float in [0, 1) from 23 random bits, as TensorFlow makes one.
    static func unitFloat(_ word: UInt32) -> Float {
        Float(bitPattern: (word & 0x7F_FFFF) | 0x3F80_0000) - 1
    }

    /// A uniform double in [0, 1) from 52 random bits of two words.
    static func unitDouble(_ high: UInt32, _ low: UInt32) -> Double {
        let bits = (UInt64(high) << 32 | UInt64(low)) & 0x000F_FFFF_FFFF_FFFF
        return Double(bitPattern: bits | 0x3FF0_0000_0000_0000) - 1
    }

    /// Two standard normal values from two uniforms by Box–Muller.
    static func boxMuller(_ u: Double, _ v: Double) -> (Double, Double) {
        let radius = (-2 * DeterministicMath.log(Swift.max(u, 1e-7))).squareRoot()
        let (sine, cosine) = DeterministicMath.sinCos(2 * Double.pi * v)
        return (radius * sine, radius * cosine)
    }
}
