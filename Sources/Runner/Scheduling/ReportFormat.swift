/// How results are printed.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// Text for people (colours on a terminal).
    case text
    /// The JSON document of the architecture (``JSONReport``).
    case json
}
