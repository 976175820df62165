extension KerasContext {
    /// Passes a warning Keras would log to `warningHandler`, as TensorFlow's logger prints it
    /// (`WARNING:tensorflow:` and the message).
    func warn(_ message: String) {
        warningHandler?("WARNING:tensorflow:" + message)
    }
}
