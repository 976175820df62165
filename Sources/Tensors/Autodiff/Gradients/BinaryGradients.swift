extension BinaryOp {
    /// The op's pullback, following TensorFlow's `math_grad.py`.
    ///
    /// Each input's gradient is summed back over the axes broadcasting stretched it along.
    /// `nil` for the ops without a gradient (comparisons, logical ops, `floorDivide`).
    var pullback: Pullback? {
        switch self {
        case .add, .subtract, .multiply, .divide, .power, .minimum, .maximum, .remainder,
            .squaredDifference:
            return { operation, upstream, wanted throws(TensorError) in
                try gradients(operation, upstream, wanted)
            }
        default:
            return nil
        }
    }

    private func gradients(_ operation: OperationRecord, _ g: Tensor, _ wanted: [Bool])
        throws(TensorError) -> [Tensor?]
    {
        let x = operation.inputs[0]
        let y = operation.inputs[1]
        /// Runs `make` for a wanted input and sums its result back to the input's shape.
        func reduced(_ index: Int, _ make: () throws(TensorError) -> Tensor)
            throws(TensorError) -> Tensor?
        {
            guard wanted[index] else { return nil }
            return try make().unbroadcast(to: operation.inputs[index].shape)
        }
        switch self {
        case .add:
            return [try reduced(0) { g }, try reduced(1) { g }]
        case .subtract:
            return [try reduced(0) { g }, try reduced(1) { () throws(TensorError) in try -g }]
        case .multiply:
            return [
                try reduced(0) { () throws(TensorError) in try g * y },
                try reduced(1) { () throws(TensorError) in try x * g },
            ]
        case .divide:
            return [
                try reduced(0) { () throws(TensorError) in try g / y },
                try reduced(1) { () throws(TensorError) in try g * ((-x / y) / y) },
            ]
        case .power:
            return [
                try reduced(0) { () throws(TensorError) in
                    try g * y * x.raised(to: y - y.scalar(1))
                },
                try reduced(1) { () throws(TensorError) in
                    // No real logarithm below 0; TensorFlow gives 0 there (and at 0).
                    let positive = try Tensor.binary(.greater, x, x.scalar(0))
                    let safe = try Tensor.select(positive, x, x.scalar(1))
                    let logarithm = try Tensor.select(positive, safe.log(), x.scalar(0))
                    return try g * operation.output * logarithm
                },
            ]
        case .minimum, .maximum:
            let mask = try Tensor.binary(self == .minimum ? .lessEqual : .greaterEqual, x, y)
            let zero = g.scalar(0)
            return [
                try reduced(0) { () throws(TensorError) in try Tensor.select(mask, g, zero) },
                try reduced(1) { () throws(TensorError) in try Tensor.select(mask, zero, g) },
            ]
        case .remainder:
            return [
                try reduced(0) { g },
                try reduced(1) { () throws(TensorError) in
                    try g * -(x.floorDivided(by: y))
                },
            ]
        case .squaredDifference:
            let xGradient = try (g.scalar(2) * g) * (x - y)
            return [
                try reduced(0) { xGradient },
                try reduced(1) { () throws(TensorError) in try -xGradient },
            ]
        default:
            return [nil, nil]
        }
    }
}
