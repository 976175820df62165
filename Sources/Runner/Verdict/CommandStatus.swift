/// How a command ends: the process's exit status.
public enum CommandStatus: Int32, Hashable, Sendable, Comparable {
    /// Everything passed.
    case success = 0
    /// A cell failed its doc-test.
    case failure = 1
    /// Bad usage or unreadable input: a missing path, a chapter that cannot be read or
    /// written, a bad argument.
    case usage = 2

    /// Orders by severity: usage errors outrank failures, which outrank success.
    public static func < (lhs: CommandStatus, rhs: CommandStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The status of a doc-test run: 2 when input was missing or unreadable, otherwise 1 when
    /// a cell failed, otherwise 0.
    public static func of(test tally: TestTally, inputProblems: Bool) -> CommandStatus {
        if inputProblems || tally.brokenChapters > 0 { return .usage }
        return tally.failed > 0 ? .failure : .success
    }
}
