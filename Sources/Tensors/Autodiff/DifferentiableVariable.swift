/// A mutable tensor shared by reference that gradient tapes can watch, such as a layer's
/// weight: what training differentiates with respect to.
///
/// A tape knows a variable by its object identity. Reading it through
/// `DifferentiationContext.read(_:)` while a tape records gives a tensor connected to the
/// variable, so `GradientTape.gradient(_:_:)` can return the gradient with respect to it.
public protocol DifferentiableVariable: AnyObject {
    /// The current value.
    var value: Tensor { get }
    /// Whether tapes that watch accessed variables watch this one when it is read.
    var trainable: Bool { get }
}

/// What `GradientTape.gradient` differentiates with respect to: a tensor (by its tape identity)
/// or a variable (by its object identity).
public enum GradientSource {
    /// A tensor the tape watched, or one it recorded.
    case tensor(Tensor)
    /// A variable the tape watched.
    case variable(any DifferentiableVariable)

    /// The source's value (for zero gradients of unconnected sources).
    var value: Tensor {
        switch self {
        case .tensor(let tensor): tensor
        case .variable(let variable): variable.value
        }
    }
}

/// What `GradientTape.gradient` returns for a source the targets don't depend on
/// (`tf.UnconnectedGradients`).
public enum UnconnectedGradients: Sendable {
    /// `nil` (TensorFlow's default, `NONE`).
    case none
    /// Zeros of the source's shape and dtype (`ZERO`).
    case zero
}
