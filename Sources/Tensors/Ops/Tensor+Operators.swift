extension Tensor {
    /// `a + b` with broadcasting and TensorFlow's dtype rule (`tf.add`).
    public static func + (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(.add, a, b)
    }

    /// `a - b` (`tf.subtract`).
    public static func - (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(.subtract, a, b)
    }

    /// `a * b` (`tf.multiply`).
    public static func * (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(.multiply, a, b)
    }

    /// `a / b`, true division; integers give `float64` (`tf.truediv`).
    public static func / (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(.divide, a, b)
    }

    /// `a % b`, Python's floor remainder (`tf.math.floormod`).
    public static func % (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(.remainder, a, b)
    }

    /// `-a` (`tf.negative`).
    public static prefix func - (a: Tensor) throws(TensorError) -> Tensor {
        try a.unary(.negative)
    }

    /// Python's `a // b` (`tf.math.floordiv`).
    public func floorDivided(by other: Tensor, dialect: Dialect = .tensorflow)
        throws(TensorError) -> Tensor
    {
        try Tensor.binary(.floorDivide, self, other, dialect: dialect)
    }

    /// Python's `a ** b` (`tf.pow`).
    public func raised(to other: Tensor, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        try Tensor.binary(.power, self, other, dialect: dialect)
    }

    /// The elementwise smaller of two tensors, NaN-propagating (`tf.minimum`).
    public func minimum(_ other: Tensor, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        try Tensor.binary(.minimum, self, other, dialect: dialect)
    }

    /// The elementwise larger of two tensors, NaN-propagating (`tf.maximum`).
    public func maximum(_ other: Tensor, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        try Tensor.binary(.maximum, self, other, dialect: dialect)
    }
}

extension Tensor {
    /// `(x - y)²` elementwise (`tf.math.squared_difference`).
    public func squaredDifference(_ other: Tensor) throws(TensorError) -> Tensor {
        try Tensor.binary(.squaredDifference, self, other)
    }
}
