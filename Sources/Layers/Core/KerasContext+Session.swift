extension KerasContext {
    /// Passes a warning Keras would log to `warningHandler`, as TensorFlow's logger prints it
    /// (`WARNING:tensorflow:` and the message).
    func warn(_ message: String) {
        warningHandler?("WARNING:tensorflow:" + message)
    }

    /// Forgets the logits remembered behind the latest `sigmoid` and `softmax` outputs.
    ///
    /// Keras keeps them on the output tensor, so they live as long as it does; the session
    /// keeps the last few instead, which may hold a tape identity after a custom training loop.
    /// `fit`, `evaluate` and `predict` forget them after each step; a runner can call this at
    /// the end of a cell.
    public func forgetActivationLogits() {
        activationLogits.removeAll()
    }
}
