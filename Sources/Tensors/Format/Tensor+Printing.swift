import NumberFormat

extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    /// numpy's `repr` of the tensor as an array: `array([1., 2.], dtype=float32)`.
    ///
    /// The `dtype=` suffix is left out for numpy's default types (`float64`, `int64`, `bool`)
    /// unless the array is empty, and moves to its own line when it would pass column 75.
    /// Empty arrays other than shape `(0,)` show their shape. A 0-d tensor prints as a 0-d
    /// array (`array(3.)`); use `numpyScalarRepr` for numpy scalars.
    public var numpyRepr: String {
        let skipDType = dtype.isNumpyDefault && count > 0
        let prefix = "array("
        let suffix = skipDType ? ")" : ","
        let body: String
        if count > 0 || shape == [0] {
            body = ArrayPrinter(self).render(
                separator: ", ", prefix: prefix, lineWidth: ArrayPrinter.lineWidth - suffix.count)
        } else {
            body = "[], shape=" + TensorError.tuple(shape)
        }
        let text = prefix + body + suffix
        if skipDType { return text }
        let dtypeText = "dtype=\(dtype))"
        let lastLine = text.utf8.split(
            separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
        ).last
        let lastLineLength = lastLine?.count ?? 0
        let spacer =
            lastLineLength + dtypeText.utf8.count + 1 > ArrayPrinter.lineWidth
            ? "\n" + String(repeating: " ", count: prefix.utf8.count) : " "
        return text + spacer + dtypeText
    }

    /// numpy's `str` of the tensor as an array: `[[1. 2.]\n [3. 4.]]`; a 0-d tensor prints as
    /// its scalar.
    public var numpyStr: String {
        if shape.isEmpty { return Tensor.numpyScalarRepr(elementUnchecked(0), dtype: dtype) }
        return ArrayPrinter(self).render(
            separator: " ", prefix: "", lineWidth: ArrayPrinter.lineWidth)
    }

    /// The text after `numpy=` in TensorFlow's repr (or inside `tf.Tensor(…)` for `str`): the
    /// numpy repr (or str) of the value, a scalar for a 0-d tensor, starting on a new line when
    /// it spans several lines.
    public func numpyText(forRepr: Bool) -> String {
        let text: String
        if shape.isEmpty {
            text = Tensor.numpyScalarRepr(elementUnchecked(0), dtype: dtype)
        } else {
            text = forRepr ? numpyRepr : numpyStr
        }
        return text.utf8.contains(UInt8(ascii: "\n")) ? "\n" + text : text
    }

    /// TensorFlow's repr: `<tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.],
    /// dtype=float32)>`.
    public var tensorflowRepr: String {
        "<tf.Tensor: shape=\(tensorShape), dtype=\(dtype), numpy=\(numpyText(forRepr: true))>"
    }

    /// TensorFlow's `str` (what `print` shows): `tf.Tensor([1. 2.], shape=(2,),
    /// dtype=float32)`.
    public var tensorflowStr: String {
        "tf.Tensor(\(numpyText(forRepr: false)), shape=\(tensorShape), dtype=\(dtype))"
    }

    /// TensorFlow's `str`, as `print(tensor)` shows it.
    public var description: String { tensorflowStr }

    /// TensorFlow's repr, as a notebook displays a tensor.
    public var debugDescription: String { tensorflowRepr }

    /// numpy's repr of a scalar of `dtype` (`np.float32(1/3)` shows `0.33333334`).
    ///
    /// Floats are positional when zero or of magnitude in [1e-4, 1e16) (`3.0`,
    /// `10000000000.0`) and scientific otherwise (`1e-10`, `1.5e+16`), with the shortest
    /// digits that round-trip in the scalar's own precision.
    public static func numpyScalarRepr(_ value: ScalarValue, dtype: DType) -> String {
        switch value {
        case .bool(let b):
            return b ? "True" : "False"
        case .int(let i):
            return String(i)
        case .float(let d):
            if d.isNaN { return "nan" }
            if d.isInfinite { return d < 0 ? "-inf" : "inf" }
            let digits =
                dtype == .float32 ? DecimalDigits(Float(d)) : DecimalDigits(d)
            guard let digits else { return "nan" }
            let sign = digits.isNegative ? "-" : ""
            let magnitude = d.magnitude
            if magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16) {
                return sign
                    + positionalText(
                        digits.digits, pointPosition: digits.pointPosition, minimumFraction: 1)
            }
            return sign
                + scientificText(
                    digits.digits, exponent: digits.scientificExponent, keepFraction: false)
        }
    }
}
