import CCmark

/// The version of the cmark library that reads chapters, such as `0.30.2`.
public var cmarkVersion: String {
    String(cString: cmark_version_string())
}
