/// How a sliding window (a convolution's filter, a pooling window) treats the border, with
/// TensorFlow's arithmetic for the output size and the padding.
public enum Padding: Sendable, Equatable {
    /// No padding: the window only visits whole positions (`"VALID"`); the output has
    /// `⌈(size − window + 1) / stride⌉` positions.
    case valid
    /// Zeros around the input so the output has `⌈size / stride⌉` positions (`"SAME"`); when
    /// the padding is odd, the extra row or column goes after (bottom, right).
    case same
    /// Explicit zeros before and after each spatial axis (`"EXPLICIT"` with
    /// `explicit_paddings`), outermost axis first.
    case explicit([(before: Int, after: Int)])

    /// Whether two paddings are the same scheme (with the same explicit amounts).
    public static func == (a: Padding, b: Padding) -> Bool {
        switch (a, b) {
        case (.valid, .valid), (.same, .same): true
        case (.explicit(let x), .explicit(let y)):
            x.count == y.count
                && zip(x, y).allSatisfy { $0.before == $1.before && $0.after == $1.after }
        default: false
        }
    }

    /// The padding TensorFlow names `name` (`"SAME"` or `"VALID"`, exactly so), for `op`.
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError` for any other string (`Value for attr
    ///   'padding' of "same" is not in the list of allowed values: "SAME", "VALID",
    ///   "EXPLICIT"…`).
    public init(tensorflowName name: String, op: String) throws(TensorError) {
        switch name {
        case "VALID": self = .valid
        case "SAME": self = .same
        case "EXPLICIT" where op != "AvgPool":
            throw TensorError(
                .value,
                message:
                    "'EXPLICIT' is not a valid value for `padding`. To use explicit padding, "
                    + "`padding` must be a list.")
        default:
            let allowed = op == "AvgPool" ? #""SAME", "VALID""# : #""SAME", "VALID", "EXPLICIT""#
            var message =
                "Value for attr 'padding' of \"\(name)\" is not in the list of allowed values: "
                + allowed + "\n\t; NodeDef: {{node \(op)}}; "
            message += OpDefinition.table[op]?.definition ?? ""
            throw TensorError(.invalidArgument, op: op, message: message, nodeName: "")
        }
    }

    /// TensorFlow's name of the padding scheme.
    public var tensorflowName: String {
        switch self {
        case .valid: "VALID"
        case .same: "SAME"
        case .explicit: "EXPLICIT"
        }
    }

    /// The output size along one axis and the padding before it (TensorFlow's
    /// `GetWindowedOutputSizeVerbose`), for the axis numbered `axis` among the spatial ones.
    ///
    /// - Throws: `Computed output size would be negative: -1 [input_size: 5,
    ///   effective_filter_size: 7, stride: 1]` (as an error of `op`).
    func window(
        input: Int, filter: Int, stride: Int, dilation: Int = 1, axis: Int, op: String
    ) throws(TensorError) -> (output: Int, padBefore: Int) {
        let effective = (filter - 1) * dilation + 1
        let output: Int
        var before = 0
        switch self {
        case .valid:
            output = (input - effective + stride) / stride
        case .same:
            output = (input + stride - 1) / stride
            let needed = Swift.max(0, (output - 1) * stride + effective - input)
            before = needed / 2
        case .explicit(let pairs):
            let pair = axis < pairs.count ? pairs[axis] : (before: 0, after: 0)
            before = pair.before
            output = (input + pair.before + pair.after - effective + stride) / stride
        }
        guard output >= 0 else {
            throw TensorError.kernel(
                op,
                "Computed output size would be negative: \(output) [input_size: \(input), "
                    + "effective_filter_size: \(effective), stride: \(stride)]")
        }
        return (output, before)
    }
}

extension Padding: CustomStringConvertible {
    /// TensorFlow's name of the padding scheme.
    public var description: String { tensorflowName }
}
