/// The elementwise unary operations, with TensorFlow's op names.
public enum UnaryOp: String, Sendable, CaseIterable {
    /// `-x` (`Neg`).
    case negative
    /// `|x|` (`Abs`); integer minimum wraps as in TensorFlow.
    case abs
    /// `eˣ` (`Exp`); float32 in the TensorFlow dialect follows TensorFlow's packet math (see
    /// `PacketExp`).
    case exp
    /// The natural logarithm (`Log`).
    case log
    /// The square root (`Sqrt`).
    case sqrt
    /// `x²` (`Square`).
    case square
    /// The sine (`Sin`).
    case sin
    /// The cosine (`Cos`).
    case cos
    /// The hyperbolic tangent (`Tanh`); float32 in the TensorFlow dialect uses TensorFlow's own
    /// rational approximation (see `RationalTanh`), so results agree to the last bit.
    case tanh
    /// The logistic function `1 / (1 + e⁻ˣ)` (`Sigmoid`); float32 in the TensorFlow dialect
    /// follows TensorFlow's packet math (see `PacketExp`).
    case sigmoid
    /// `max(x, 0)` (`Relu`).
    case relu
    /// -1, 0 or 1 (NaN stays NaN) (`Sign`).
    case sign
    /// `log(1 + eˣ)` (`Softplus`).
    case softplus
    /// `x` for positive `x`, `eˣ - 1` otherwise (`Elu`).
    case elu
    /// The error function (`Erf`).
    case erf
    /// Rounds down (`Floor`).
    case floor
    /// Rounds up (`Ceil`).
    case ceil
    /// Rounds half to even (`Round`).
    case round
    /// `1 / √x` (`Rsqrt`).
    case rsqrt
    /// `log(1 + x)` (`Log1p`).
    case log1p
    /// `eˣ - 1` (`Expm1`).
    case expm1
    /// `not x` on booleans (`LogicalNot`).
    case logicalNot
    /// Whether each element is NaN (`IsNan`).
    case isNaN
    /// The scaled exponential linear unit `λ·x` for positive `x`, `λ·α·(eˣ − 1)` otherwise,
    /// with TensorFlow's constants λ ≈ 1.0507 and α ≈ 1.6733 (`Selu`).
    case selu
    /// `x / (1 + |x|)` (`Softsign`).
    case softsign
    /// `min(max(x, 0), 6)` (`Relu6`).
    case relu6

    /// TensorFlow's op name, shown as `[Op:Exp]` in errors.
    public var tensorflowName: String {
        switch self {
        case .negative: "Neg"
        case .abs: "Abs"
        case .exp: "Exp"
        case .log: "Log"
        case .sqrt: "Sqrt"
        case .square: "Square"
        case .sin: "Sin"
        case .cos: "Cos"
        case .tanh: "Tanh"
        case .sigmoid: "Sigmoid"
        case .relu: "Relu"
        case .sign: "Sign"
        case .softplus: "Softplus"
        case .elu: "Elu"
        case .erf: "Erf"
        case .floor: "Floor"
        case .ceil: "Ceil"
        case .round: "Round"
        case .rsqrt: "Rsqrt"
        case .log1p: "Log1p"
        case .expm1: "Expm1"
        case .logicalNot: "LogicalNot"
        case .isNaN: "IsNan"
        case .selu: "Selu"
        case .softsign: "Softsign"
        case .relu6: "Relu6"
        }
    }

    /// Whether the op takes only floating-point inputs in TensorFlow.
    var needsFloat: Bool {
        switch self {
        case .negative, .abs, .square, .relu, .relu6, .sign, .logicalNot: false
        default: true
        }
    }
}

extension Tensor {
    /// Applies a unary op elementwise (`tf.exp`, `tf.nn.relu`, …).
    ///
    /// TensorFlow's rules: transcendental ops take only floats; `negative`, `abs`, `square`,
    /// `relu` and `sign` also take integers; none takes `bool` except `logicalNot`. In the
    /// numpy dialect, integers and booleans are first converted to `float64` for the
    /// transcendental ops, as numpy's ufuncs do.
    ///
    /// Gradient tapes record the differentiable ops (all but `floor`, `ceil`, `round`,
    /// `logicalNot` and `isNaN`) in the TensorFlow dialect.
    ///
    /// - Throws: `InvalidArgumentError` (`Value for attr 'T' of int32 is not in the list of
    ///   allowed values: …`) for a dtype the op doesn't take.
    public func unary(_ op: UnaryOp, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        guard trace != nil else { return try unaryKernel(op, dialect: dialect) }
        guard dialect == .tensorflow, let pullback = op.pullback else {
            return try untraced.unaryKernel(op, dialect: dialect)
        }
        return try Tensor.differentiable(
            op.tensorflowName, inputs: [self],
            forward: {
                inputs throws(TensorError) in try inputs[0].unaryKernel(op, dialect: dialect)
            }, pullback: pullback)
    }

    /// The op on the elements, without recording.
    @inline(__always)
    private func unaryKernel(_ op: UnaryOp, dialect: Dialect) throws(TensorError) -> Tensor {
        if op == .logicalNot {
            if dtype != .bool {
                if dialect == .numpy {
                    return try Tensor.binary(
                        .equal, self, Tensor(scalar: false).castUnchecked(to: dtype),
                        dialect: .numpy)
                }
                throw TensorError.dtypeMismatch(
                    "LogicalNot", input: 0, expected: .bool, actual: dtype)
            }
            return Tensor(unchecked: shape, .bool(Bool.unwrap(storage)?.map { !$0 } ?? []))
        }
        if op == .isNaN {
            switch storage {
            case .float32(let v): return Tensor(unchecked: shape, .bool(v.map(\.isNaN)))
            case .float64(let v): return Tensor(unchecked: shape, .bool(v.map(\.isNaN)))
            default:
                if dialect == .numpy {
                    return Tensor(unchecked: shape, .bool(Array(repeating: false, count: count)))
                }
                throw TensorError.unsupportedType(op.tensorflowName, dtype)
            }
        }
        switch storage {
        case .float32(let v):
            if dialect == .tensorflow {
                switch op {
                case .tanh: return Tensor(unchecked: shape, .float32(v.map(RationalTanh.tanh)))
                case .exp: return Tensor(unchecked: shape, .float32(PacketExp.exp(v)))
                case .sigmoid: return Tensor(unchecked: shape, .float32(PacketExp.sigmoid(v)))
                case .selu: return Tensor(unchecked: shape, .float32(PacketExp.selu(v)))
                default: break
                }
            }
            return Tensor(unchecked: shape, .float32(Self.floatUnary(op, v)))
        case .float64(let v):
            return Tensor(unchecked: shape, .float64(Self.floatUnary(op, v)))
        case .int32(let v):
            if op.needsFloat {
                if dialect == .numpy { return try castUnchecked(to: .float64).unary(op) }
                throw TensorError.unsupportedType(op.tensorflowName, dtype)
            }
            return Tensor(unchecked: shape, .int32(Self.integerUnary(op, v)))
        case .int64(let v):
            if op.needsFloat {
                if dialect == .numpy { return try castUnchecked(to: .float64).unary(op) }
                throw TensorError.unsupportedType(op.tensorflowName, dtype)
            }
            return Tensor(unchecked: shape, .int64(Self.integerUnary(op, v)))
        case .bool:
            if dialect == .numpy {
                if op == .negative {
                    throw TensorError(
                        .type,
                        message:
                            "The numpy boolean negative, the `-` operator, is not supported, use "
                            + "the `~` operator or the logical_not function instead.")
                }
                return try castUnchecked(to: op.needsFloat ? .float64 : .int64).unary(op)
            }
            throw TensorError.unsupportedType(op.tensorflowName, .bool)
        }
    }

    private static func floatUnary<F: FloatMath>(_ op: UnaryOp, _ v: [F]) -> [F] {
        func map(_ f: (F) -> F) -> [F] {
            v.withUnsafeBufferPointer { input in
                makeArray(count: input.count) { out in
                    for i in 0..<input.count { out[i] = f(input[i]) }
                }
            }
        }
        switch op {
        case .negative: return map { -$0 }
        case .abs: return map { Swift.abs($0) }
        case .exp: return map { F.cExp($0) }
        case .log: return map { F.cLog($0) }
        case .sqrt: return map { $0.squareRoot() }
        case .square: return map { $0 * $0 }
        case .sin: return map { F.cSin($0) }
        case .cos: return map { F.cCos($0) }
        case .tanh: return map { F.cTanh($0) }
        case .sigmoid:
            return map { x in
                // Written to avoid overflow of e⁻ˣ for large negative x.
                if x >= 0 { return 1 / (1 + F.cExp(-x)) }
                let e = F.cExp(x)
                return e / (1 + e)
            }
        case .relu: return map { $0 > 0 ? $0 : ($0.isNaN ? $0 : 0) }
        case .sign: return map { $0.isNaN ? $0 : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
        case .softplus:
            return map { x in
                // log(1 + eˣ) without overflow: x + log(1 + e⁻ˣ) for positive x.
                x > 0 ? x + F.cLog1p(F.cExp(-x)) : F.cLog1p(F.cExp(x))
            }
        case .elu: return map { $0 > 0 ? $0 : F.cExpm1($0) }
        case .erf: return map { F.cErf($0) }
        case .floor: return map { $0.rounded(.down) }
        case .ceil: return map { $0.rounded(.up) }
        case .round: return map { $0.rounded(.toNearestOrEven) }
        case .rsqrt: return map { 1 / $0.squareRoot() }
        case .log1p: return map { F.cLog1p($0) }
        case .expm1: return map { F.cExpm1($0) }
        case .selu:
            let scale = F(UnaryOp.seluScale)
            let scaleAlpha = F(UnaryOp.seluScale * UnaryOp.seluAlpha)
            return map { $0 < 0 ? scaleAlpha * (F.cExp($0) - 1) : scale * $0 }
        case .softsign: return map { $0 / (Swift.abs($0) + 1) }
        case .relu6: return map { $0.isNaN ? $0 : Swift.min(Swift.max($0, 0), 6) }
        case .logicalNot, .isNaN: return v
        }
    }

    private static func integerUnary<I: IntegerElement>(_ op: UnaryOp, _ v: [I]) -> [I] {
        switch op {
        case .negative: return v.map { 0 &- $0 }
        case .abs: return v.map { $0 < 0 ? 0 &- $0 : $0 }
        case .square: return v.map { $0 &* $0 }
        case .relu: return v.map { Swift.max($0, 0) }
        case .relu6: return v.map { Swift.min(Swift.max($0, 0), 6) }
        case .sign: return v.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        default: return v
        }
    }

    /// `-x` (`tf.negative`).
    public func negated() throws(TensorError) -> Tensor { try unary(.negative) }
    /// `|x|` (`tf.abs`).
    public func abs() throws(TensorError) -> Tensor { try unary(.abs) }
    /// `eˣ` (`tf.exp`).
    public func exp() throws(TensorError) -> Tensor { try unary(.exp) }
    /// The natural logarithm (`tf.math.log`).
    public func log() throws(TensorError) -> Tensor { try unary(.log) }
    /// The square root (`tf.sqrt`).
    public func sqrt() throws(TensorError) -> Tensor { try unary(.sqrt) }
    /// `x²` (`tf.square`).
    public func square() throws(TensorError) -> Tensor { try unary(.square) }
    /// The sine (`tf.sin`).
    public func sin() throws(TensorError) -> Tensor { try unary(.sin) }
    /// The cosine (`tf.cos`).
    public func cos() throws(TensorError) -> Tensor { try unary(.cos) }
    /// The hyperbolic tangent (`tf.tanh`).
    public func tanh() throws(TensorError) -> Tensor { try unary(.tanh) }
    /// The logistic sigmoid (`tf.sigmoid`).
    public func sigmoid() throws(TensorError) -> Tensor { try unary(.sigmoid) }
    /// `max(x, 0)` (`tf.nn.relu`).
    public func relu() throws(TensorError) -> Tensor { try unary(.relu) }
    /// -1, 0 or 1 per element (`tf.sign`).
    public func sign() throws(TensorError) -> Tensor { try unary(.sign) }
}

extension UnaryOp {
    /// SELU's λ, as TensorFlow's kernel writes it.
    static let seluScale = 1.0507009873554804934193349852946
    /// SELU's α.
    static let seluAlpha = 1.6732632423543772848170429916717
}
