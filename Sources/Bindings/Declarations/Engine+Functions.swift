import Interpreter

extension Engine {
    /// A module function with a declared parameter list; engine errors become Python exceptions.
    ///
    /// `signature` overrides what IPython shows (`tf.nn.relu`'s annotated signature).
    func function(
        _ name: String, module: String, _ spec: String, signature: String? = nil,
        _ body: @escaping (BoundArguments) throws -> Value
    ) -> Value {
        let params = NativeParameters(name, spec)
        let f = PyNativeFunction(
            name: name, module: module, signature: signature ?? params.signature
        ) { [self] rt, args in
            let bound = try params.bind(args, rt)
            do {
                return try body(bound)
            } catch {
                throw pythonError(error)
            }
        }
        return .object(f)
    }
}
