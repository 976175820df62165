/// The version of `lit`, as `lit --version` prints it.
///
/// The result cache keys entries on it (with the executable's size and modification time), so
/// a new release never reuses results an older engine produced.
public enum LitVersion {
    /// The version string, such as `0.1.0`.
    public static let current = "0.1.0"
}
