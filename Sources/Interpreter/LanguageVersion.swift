/// The Python version whose behaviour the interpreter follows.
public enum LanguageVersion {
    /// The major and minor version, as `sys.version_info` would give them.
    public static let pythonVersion = (major: 3, minor: 11)
}
