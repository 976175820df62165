extension Tensor {
    /// The tensor converted to `dtype` (`tf.cast`).
    ///
    /// Floats become integers by truncation toward zero (NaN and out-of-range values become the
    /// type's minimum, as TensorFlow gives on x86); integers narrow by wrapping; numbers become
    /// `bool` as `value != 0` (NaN is `true`); `bool` becomes 0 or 1. Never fails; it doesn't
    /// apply the size limit, so use `converted(to:)` where a widened result may pass it.
    ///
    /// Gradient tapes record casts from one float type to another; other casts cut the
    /// gradient (TensorFlow returns none through them).
    public func cast(to dtype: DType) -> Tensor {
        guard trace != nil else { return castUnchecked(to: dtype) }
        return recordedCast(to: dtype)
    }

    /// `cast` of a tensor a tape may watch.
    private func recordedCast(to target: DType) -> Tensor {
        guard dtype.isFloatingPoint && target.isFloatingPoint && target != dtype else {
            return target == dtype ? self : untraced.castUnchecked(to: target)
        }
        let result = try? Tensor.differentiable("Cast", inputs: [self]) { inputs in
            inputs[0].castUnchecked(to: target)
        } pullback: { operation, upstream, _ in
            [upstream.cast(to: operation.inputs[0].dtype)]
        }
        return result ?? untraced.castUnchecked(to: target)
    }

    /// The tensor converted to `dtype`, refusing a result beyond the size limit (a cast to a
    /// wider type can grow a tensor up to eight times); what `tf.cast` on user input should use.
    ///
    /// - Throws: `ResourceExhaustedError` past `TensorLimits.current`.
    public func converted(to dtype: DType) throws(TensorError) -> Tensor {
        if dtype.byteSize > self.dtype.byteSize {
            _ = try TensorLimits.checkedCount(shape, dtype, op: "Cast")
        }
        return cast(to: dtype)
    }

    /// The conversion, without the size check (a cast never grows a tensor beyond 8 bytes per
    /// element, and its input was checked).
    func castUnchecked(to target: DType) -> Tensor {
        if target == dtype { return self }
        switch storage {
        case .float32(let v): return Tensor(unchecked: shape, Self.convert(v, to: target))
        case .float64(let v): return Tensor(unchecked: shape, Self.convert(v, to: target))
        case .int32(let v): return Tensor(unchecked: shape, Self.convert(v, to: target))
        case .int64(let v): return Tensor(unchecked: shape, Self.convert(v, to: target))
        case .bool(let v):
            switch target {
            case .float32: return Tensor(unchecked: shape, .float32(v.map { $0 ? 1 : 0 }))
            case .float64: return Tensor(unchecked: shape, .float64(v.map { $0 ? 1 : 0 }))
            case .int32: return Tensor(unchecked: shape, .int32(v.map { $0 ? 1 : 0 }))
            case .int64: return Tensor(unchecked: shape, .int64(v.map { $0 ? 1 : 0 }))
            case .bool: return self
            }
        }
    }

    private static func convert<T: TensorNumeric>(_ values: [T], to target: DType)
        -> TensorStorage
    {
        switch target {
        case .float32:
            if let ints = values as? [Int32] { return .float32(ints.map { Float($0) }) }
            if let ints = values as? [Int64] { return .float32(ints.map { Float($0) }) }
            return .float32(values.map { Float($0.doubleValue) })
        case .float64:
            return .float64(values.map { $0.doubleValue })
        case .int32:
            if let ints = values as? [Int64] {
                return .int32(ints.map { Int32(truncatingIfNeeded: $0) })
            }
            return .int32(values.map { Int32(castingFrom: $0.doubleValue) })
        case .int64:
            if let ints = values as? [Int32] { return .int64(ints.map { Int64($0) }) }
            return .int64(values.map { Int64(castingFrom: $0.doubleValue) })
        case .bool:
            return .bool(values.map { $0 != T.zeroValue })
        }
    }
}
