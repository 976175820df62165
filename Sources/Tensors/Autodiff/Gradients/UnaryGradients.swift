extension UnaryOp {
    /// The op's pullback, following TensorFlow's gradient definitions (`math_grad.py`,
    /// `nn_grad.py`), or `nil` for the ops without a gradient (`floor`, `ceil`, `round`,
    /// `logicalNot`, `isNaN`), whose results tapes don't follow.
    ///
    /// Where TensorFlow has a fused gradient kernel (`TanhGrad`, `SigmoidGrad`, `RsqrtGrad`,
    /// `SoftsignGrad`, …) the pullback computes the same expression in the kernel's order of
    /// operations, so float32 results agree to the last bit; `Log`'s and `Sqrt`'s use
    /// TensorFlow's approximate reciprocal, which agrees to one unit in the last place.
    var pullback: Pullback? {
        switch self {
        case .floor, .ceil, .round, .logicalNot, .isNaN: nil
        default:
            { operation, upstream, _ throws(TensorError) in
                [try gradient(operation.inputs[0], operation.output, upstream)]
            }
        }
    }

    /// The gradient with respect to `x`, given the result `y` and the upstream gradient `g`.
    private func gradient(_ x: Tensor, _ y: Tensor, _ g: Tensor) throws(TensorError) -> Tensor {
        switch self {
        case .negative:
            return try -g
        case .abs:
            return try g * x.sign()
        case .exp:
            return try g * y
        case .log:
            return try g * (x.scalar(1) / x)
        case .sqrt:
            // TensorFlow's SqrtGrad gives 0 where the upstream gradient is 0, even at y = 0.
            let quotient = try (g * y.scalar(0.5)) / y
            return try Tensor.select(
                Tensor.binary(.equal, g, g.scalar(0)), g.scalar(0), quotient)
        case .square:
            return try g * (x * x.scalar(2))
        case .sin:
            return try g * x.cos()
        case .cos:
            return try -g * x.sin()
        case .tanh:
            return try g * (y.scalar(1) - y * y)
        case .sigmoid:
            return try g * (y * (y.scalar(1) - y))
        case .relu:
            return try Tensor.select(Tensor.binary(.greater, y, y.scalar(0)), g, g.scalar(0))
        case .sign:
            return try x.zerosLike()
        case .softplus:
            return try g * x.sigmoid()
        case .elu:
            return try Tensor.select(
                Tensor.binary(.less, y, y.scalar(0)), g * (y + y.scalar(1)), g)
        case .erf:
            let twoOverRootPi = x.scalar(2 / Double.pi.squareRoot())
            return try g * twoOverRootPi * (-x.square()).exp()
        case .rsqrt:
            return try y.scalar(-0.5) * (y * y) * (y * g)
        case .log1p:
            return try g * (x.scalar(1) / (x.scalar(1) + x))
        case .expm1:
            return try g * x.exp()
        case .selu:
            let scale = y.scalar(UnaryOp.seluScale)
            let scaleAlpha = y.scalar(UnaryOp.seluScale * UnaryOp.seluAlpha)
            return try Tensor.select(
                Tensor.binary(.less, y, y.scalar(0)), g * (y + scaleAlpha), g * scale)
        case .softsign:
            return try g / (x.scalar(1) + x.abs()).square()
        case .relu6:
            let inside = try Tensor.binary(
                .logicalAnd, Tensor.binary(.greater, y, y.scalar(0)),
                Tensor.binary(.less, y, y.scalar(6)))
            return try Tensor.select(inside, g, g.scalar(0))
        case .floor, .ceil, .round, .logicalNot, .isNaN:
            return try x.zerosLike()
        }
    }
}
