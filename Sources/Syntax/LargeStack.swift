import Foundation

/// Runs deeply nested parses on a thread with a large stack, so that no caller's stack size
/// (a 512 KB worker thread, a debug build's big frames) limits what the parser accepts.
///
/// Ordinary cells nest a few levels and are parsed on the caller's thread; the token scan
/// that decides is linear and cheap.
enum LargeStack {
    /// The stack of the helper thread.
    ///
    /// Enough for the deepest nesting the parser accepts (brackets at 200, expression trees at
    /// 1000) even in a debug build; reserved virtual memory, committed only as far as used.
    static let stackSize = 256 << 20

    /// An estimate of how many recursive parser frames the tokens need.
    static func estimatedFrames(_ stream: TokenStream) -> Int {
        var bracketDepth = 0
        var deepestBrackets = 0
        var blockDepth = 0
        var deepestBlocks = 0
        var recursiveInLine = 0
        var mostRecursiveInLine = 0
        for token in stream.tokens {
            switch token.kind {
            case .op(.leftParen), .op(.leftBracket), .op(.leftBrace):
                bracketDepth += 1
                deepestBrackets = max(deepestBrackets, bracketDepth)
            case .op(.rightParen), .op(.rightBracket), .op(.rightBrace):
                bracketDepth -= 1
            case .keyword(.lambda), .keyword(.if), .op(.doubleStar):
                recursiveInLine += 1
            case .string:
                if stream.string(of: token).isFormatted { recursiveInLine += 4 }
            case .indent:
                blockDepth += 1
                deepestBlocks = max(deepestBlocks, blockDepth)
            case .dedent:
                blockDepth -= 1
            case .newline:
                mostRecursiveInLine = max(mostRecursiveInLine, recursiveInLine)
                recursiveInLine = 0
            default:
                break
            }
        }
        mostRecursiveInLine = max(mostRecursiveInLine, recursiveInLine)
        return deepestBrackets * 16 + mostRecursiveInLine * 4 + deepestBlocks * 4
    }

    /// Whether the tokens are shallow enough to parse on any thread (a few hundred frames
    /// fit in 512 KB even with a debug build's frames).
    static func fitsAnyStack(_ stream: TokenStream) -> Bool {
        estimatedFrames(stream) <= 160
    }

    /// Runs `body` on a new thread with a large stack and waits for it.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(SyntaxError) -> T)
        throws(SyntaxError) -> T
    {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do throws(SyntaxError) {
                outcome.result = .success(try body())
            } catch {
                outcome.result = .failure(error)
            }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        switch outcome.result {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw SyntaxError("the parser thread did not finish", line: 1, column: 1)
        }
    }

    /// The result handed from the helper thread to the waiting caller; the semaphore orders
    /// the write before the read.
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        var result: Result<T, SyntaxError>?
    }
}
