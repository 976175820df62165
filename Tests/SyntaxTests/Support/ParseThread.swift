import Foundation

@testable import Syntax

/// Parses `source` on a thread of its own with `stackBytes` of stack and returns the syntax
/// error, or `nil` when it parsed.
func parseOnThread(_ source: String, stackBytes: Int) -> SyntaxError? {
    final class Box: @unchecked Sendable { var error: SyntaxError? }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        do throws(SyntaxError) {
            _ = try parse(source)
        } catch {
            box.error = error
        }
        done.signal()
    }
    thread.stackSize = stackBytes
    thread.start()
    done.wait()
    return box.error
}
