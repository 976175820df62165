import FoundationEssentials
import Tensors

extension Layer {
    /// Writes every weight to `path` in the lit weights format (`WEIGHTS-FORMAT.md`), atomically
    /// (Keras's `save_weights`).
    ///
    /// The path is used as given.
    ///
    /// ```swift
    /// try model.saveWeights(to: "/tmp/model.weights")
    /// try twin.loadWeights(from: "/tmp/model.weights")   // same architecture, same values
    /// ```
    ///
    /// - Throws: `OSError` when the file can't be written.
    public func saveWeights(to path: String) throws {
        let bytes = WeightsFile.encode(weights)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LayerError(.os, "Unable to write the weights file \(path).")
        }
    }

    /// Sets every weight from a file written by `saveWeights(to:)`, matching weights by
    /// position and converting dtypes (Keras's `load_weights`); nothing changes unless the
    /// whole file fits.
    ///
    /// - Throws: `OSError` for an unreadable file; `ValueError` for a file of another format
    ///   or version, a truncated file, or weights whose count or shapes differ.
    public func loadWeights(from path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LayerError(.os, "Unable to open the weights file \(path).")
        }
        let entries = try WeightsFile.decode([UInt8](data), source: path)
        let targets = weights
        guard entries.count == targets.count else {
            throw LayerError(
                .value,
                "Weight count mismatch when loading weights from \(path): the model \"\(name)\" "
                    + "has \(targets.count) weights, the file has \(entries.count).")
        }
        for (target, entry) in zip(targets, entries) where target.shape != entry.value.shape {
            throw LayerError(
                .value,
                "Shape mismatch when loading weights from \(path): weight '\(target.name)' has "
                    + "shape \(TensorShape(target.shape)), the file's '\(entry.name)' has shape "
                    + "\(TensorShape(entry.value.shape)).")
        }
        for (target, entry) in zip(targets, entries) {
            target.load(entry.value)
        }
    }
}
