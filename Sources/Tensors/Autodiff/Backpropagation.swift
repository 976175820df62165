/// The reverse pass over a tape: gradients flow from the targets back to the sources.
enum Backpropagation {
    /// The gradient of the seeded targets with respect to every identity on the way to the
    /// sources, keyed by identity.
    ///
    /// A tape lists ops in the order they ran, so every op comes after the ops that made its
    /// inputs; walking it backwards finishes each identity's gradient (the sum over all its
    /// uses) before the op that made it needs it. Ops none of whose inputs lead to a source
    /// are skipped, and a pullback is told which of its inputs lead to one.
    static func run(entries: [TapeEntry], seeds: [(Int, Tensor)], sources: [Int?])
        throws(TensorError) -> [Int: Tensor]
    {
        var gradients: [Int: Tensor] = [:]
        let sourceSet = Set(sources.compactMap { $0 })
        if sourceSet.isEmpty || seeds.isEmpty { return gradients }
        // Forward: which identities depend on a source.
        var leadsToSource = sourceSet
        var useful = [Bool](repeating: false, count: entries.count)
        for (index, entry) in entries.enumerated() {
            if entry.inputIDs.contains(where: { $0.map(leadsToSource.contains) ?? false }) {
                useful[index] = true
                leadsToSource.insert(entry.outputID)
            }
        }
        for (id, seed) in seeds where leadsToSource.contains(id) {
            try accumulate(seed, into: id, &gradients)
        }
        for index in entries.indices.reversed() where useful[index] {
            let entry = entries[index]
            guard let upstream = gradients[entry.outputID] else { continue }
            // Only sources keep their gradient; an intermediate one is done once used.
            if !sourceSet.contains(entry.outputID) {
                gradients.removeValue(forKey: entry.outputID)
            }
            let wanted = entry.inputIDs.map { $0.map(leadsToSource.contains) ?? false }
            let inputGradients = try entry.operation.pullback(entry.operation, upstream, wanted)
            for (position, id) in entry.inputIDs.enumerated() {
                guard let id, wanted[position], position < inputGradients.count,
                    let gradient = inputGradients[position]
                else { continue }
                let input = entry.operation.inputs[position]
                guard gradient.shape == input.shape else {
                    throw TensorError(
                        .invalidArgument, op: entry.operation.name,
                        message:
                            "The gradient of \(entry.operation.name) for input \(position) has "
                            + "shape \(TensorError.bracketed(gradient.shape)), but the input has "
                            + "shape \(TensorError.bracketed(input.shape))")
                }
                try accumulate(gradient, into: id, &gradients)
            }
        }
        return gradients
    }

    /// Adds `gradient` to the one already gathered for `id` (with the differentiable add, so
    /// an outer tape records the sum).
    private static func accumulate(
        _ gradient: Tensor, into id: Int, _ gradients: inout [Int: Tensor]
    ) throws(TensorError) {
        if let existing = gradients[id] {
            gradients[id] = try existing + gradient
        } else {
            gradients[id] = gradient
        }
    }
}
