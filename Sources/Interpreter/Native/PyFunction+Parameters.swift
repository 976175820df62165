/// What native code may learn about a script function's parameters (Keras passes `training=`
/// only to a `call` that declares it, and names the arguments in its error context).
extension PyFunction {
    /// The names of the positional and keyword-only parameters, in order (without `*args` and
    /// `**kwargs`).
    public var parameterNames: [String] {
        code.signature.compactMap { p in
            p.kind == .varArgs || p.kind == .varKeywords ? nil : p.name
        }
    }

    /// Whether the function takes `**kwargs`.
    public var acceptsAnyKeyword: Bool {
        code.signature.contains { $0.kind == .varKeywords }
    }
}
