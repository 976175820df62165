import Tensors

/// The base of Keras's metrics (`tf.keras.metrics.Metric`): state kept in float32 variables,
/// updated batch after batch (`update_state`), read with `result()` and cleared with
/// `resetState()`.
///
/// ```swift
/// let mean = Mean(context: context)
/// try mean.updateState(Tensor([1.0, 2.0, 3.0]))
/// try mean.result()                 // 2.0
/// mean.resetState()
/// ```
///
/// A metric that compares labels with predictions overrides `updateState(yTrue:yPred:
/// sampleWeight:)`; `fit` calls that one.
open class Metric {
    /// The metric's name, which is its key in `fit`'s logs and history (`accuracy`).
    public internal(set) var name: String
    /// The Python class name (`Mean`).
    public let className: String
    /// The Python module of the class (`keras.src.metrics.base_metric`), for its repr.
    public let moduleName: String
    /// The dtype of the state and result (float32).
    public let dtype: DType
    /// The session.
    public let context: KerasContext
    /// The state variables, in creation order (`total:0`, `count:0`).
    public private(set) var variables: [Variable] = []

    /// Creates a metric.
    public init(
        name: String, className: String, moduleName: String, dtype: DType = .float32,
        context: KerasContext
    ) {
        self.name = name
        self.className = className
        self.moduleName = moduleName
        self.dtype = dtype
        self.context = context
    }

    /// Makes a state variable of zeros (Keras's `add_weight(name, initializer='zeros')`).
    public func addStateVariable(_ name: String, shape: [Int] = []) throws -> Variable {
        let variable = Variable(
            value: try Tensor.zeros(shape, dtype: dtype), fullName: name + ":0", trainable: false)
        variables.append(variable)
        return variable
    }

    /// Accumulates one batch of labels and predictions.
    ///
    /// - Throws: `NotImplementedError` unless a subclass overrides it.
    open func updateState(yTrue: Tensor, yPred: Tensor, sampleWeight: Tensor? = nil) throws {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// The metric's value so far.
    open func result() throws -> Tensor {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// Sets every state variable back to zero (`reset_state()`).
    public func resetState() {
        for variable in variables {
            variable.load(Tensor(scalar: 0.0))
        }
    }

    /// Updates with one batch and returns the result (calling the metric object).
    public func callAsFunction(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor? = nil)
        throws -> Tensor
    {
        try updateState(yTrue: yTrue, yPred: yPred, sampleWeight: sampleWeight)
        return try result()
    }

    /// Keras's `get_config()`: `name` and `dtype`, then the subclass's entries.
    open var config: [(key: String, value: ConfigValue)] {
        [("name", .string(name)), ("dtype", .string(dtype.rawValue))]
    }

    /// Keras's `str(metric)`: `Mean(name=mean,dtype=float32)`.
    public var pythonStr: String {
        let arguments = config.map { "\($0.key)=\(Self.bare($0.value))" }
        return className + "(" + arguments.joined(separator: ",") + ")"
    }

    /// A config value as an f-string shows it (strings without quotes).
    private static func bare(_ value: ConfigValue) -> String {
        if case .string(let text) = value { return text }
        return value.pythonRepr
    }
}
