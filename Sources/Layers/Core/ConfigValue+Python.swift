import Tensors

extension ConfigValue {
    /// A Python `bool`, carried as a literal (which the bindings turn into `True` or `False`).
    public static func bool(_ flag: Bool) -> ConfigValue { .literal(.bool(flag)) }

    /// A numpy `float32` scalar as Keras reads it back from a float32 variable (an optimizer's
    /// `learning_rate`): the Python float with the float32's shortest digits, so it shows as
    /// `0.001`, not as the widened `0.0010000000474974513`.
    public static func float32(_ value: Float) -> ConfigValue {
        .float(Double(value.description) ?? Double(value))
    }

    /// An optional Python float: the value, or `None`.
    static func optional(_ value: Double?) -> ConfigValue {
        value.map(ConfigValue.float) ?? .none
    }

    /// The value as Python's `repr` shows it inside a dictionary (`None`, `True`, `0.01`,
    /// `1e-07`, `'SGD'`).
    public var pythonRepr: String {
        switch self {
        case .none: "None"
        case .float(let value): TensorLiteral.float(value).pythonRepr
        case .int(let value): String(value)
        case .string(let text): "'" + text + "'"
        case .literal(let literal): literal.pythonRepr
        }
    }
}
