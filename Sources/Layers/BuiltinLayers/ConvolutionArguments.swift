import Tensors

/// Keras's checks and arithmetic for the arguments of convolution and pooling layers
/// (`conv_utils`).
enum ConvolutionArguments {
    /// `values` as a tuple of `count` integers: one value is repeated (`3` → `(3, 3)`).
    ///
    /// - Throws: Keras's `ValueError`s: `The `kernel_size` argument must be a tuple of 2
    ///   integers. Received: (3, 0) including {0} that does not satisfy the requirement `> 0`.`
    static func tuple(_ values: [Int], count: Int, name: String, allowZero: Bool = false) throws
        -> [Int]
    {
        let received =
            values.count == 1
            ? String(values[0]) : "(" + values.map(String.init).joined(separator: ", ") + ")"
        var message =
            "The `\(name)` argument must be a tuple of \(count) integers. Received: \(received)"
        let tuple = values.count == 1 ? Array(repeating: values[0], count: count) : values
        guard tuple.count == count else { throw LayerError(.value, message) }
        let bad = Set(tuple.filter { allowZero ? $0 < 0 : $0 <= 0 }).sorted()
        if !bad.isEmpty {
            message +=
                " including {" + bad.map(String.init).joined(separator: ", ")
                + "} that does not satisfy the requirement `\(allowZero ? ">= 0" : "> 0")`."
            throw LayerError(.value, message)
        }
        return tuple
    }

    /// `padding` lowercased, if it is `valid` or `same`, as Tensors' padding.
    ///
    /// - Throws: Keras's `ValueError` (`The `padding` argument must be a list/tuple or one of
    ///   "valid", "same" (or "causal", only for `Conv1D). Received: full`); `causal` is only
    ///   for `Conv1D`, which lit does not implement.
    static func padding(_ padding: String) throws -> Padding {
        switch padding.lowercased() {
        case "valid": return .valid
        case "same": return .same
        case "causal":
            throw LayerError(
                .value, "Causal padding is only supported for `Conv1D`and `SeparableConv1D`.")
        case let other:
            throw LayerError(
                .value,
                "The `padding` argument must be a list/tuple or one of \"valid\", \"same\" (or "
                    + "\"causal\", only for `Conv1D). Received: \(other)")
        }
    }

    /// Checks Keras's `data_format`: lit implements `channels_last` (TensorFlow's CPU kernels
    /// take nothing else).
    static func checkDataFormat(_ format: String?) throws {
        guard let format, format.lowercased() != "channels_last" else { return }
        if format.lowercased() == "channels_first" {
            throw LayerError(
                .notImplemented, "lit does not implement data_format='channels_first' yet")
        }
        throw LayerError(
            .value,
            "The `data_format` argument must be one of \"channels_first\", \"channels_last\". "
                + "Received: \(format)")
    }

    /// Keras's `conv_output_length`: positions along one axis (`nil` stays unknown).
    static func outputLength(
        _ input: Int?, filter: Int, padding: Padding, stride: Int, dilation: Int = 1
    ) -> Int? {
        guard let input else { return nil }
        let dilated = filter + (filter - 1) * (dilation - 1)
        let length = padding == .same ? input : input - dilated + 1
        return Int((Double(length + stride - 1) / Double(stride)).rounded(.down))
    }

    /// A tuple as Python prints it: `(2, 2)`.
    static func pythonTuple(_ values: [Int]) -> String {
        "(" + values.map(String.init).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
    }
}
