import Layers
import Tensors

/// An error that prints as Python's last traceback line.
protocol LayerErrorDescribable: Error {
    var pythonText: String { get }
}

extension LayerError: LayerErrorDescribable {
    var pythonText: String { description }
}

extension TensorError: LayerErrorDescribable {
    var pythonText: String { description }
}
