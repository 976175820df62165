import Foundation
import Interpreter
import Testing

/// A cell cannot take the process down: time, recursion, memory and output are bounded.
@Suite struct LimitsTests {
    private func session(_ configure: (inout SessionOptions) -> Void = { _ in }) -> Session {
        var options = SessionOptions()
        configure(&options)
        return Session(options: options)
    }

    @Test func endlessLoopEndsAtTheTimeLimit() {
        let s = session { $0.timeLimit = 0.3 }
        defer { s.close() }
        let outcome = s.run("while True:\n    pass")
        #expect(outcome.error?.description == "TimeoutError: cell exceeded 0.3 s")
        #expect(s.run("1 + 1").display == "2")
    }

    @Test func recursionWithoutLoopsEndsAtTheTimeLimit() {
        // No loop back-edge ever runs here: only the calls themselves can count the time.
        let s = session { $0.timeLimit = 0.3 }
        defer { s.close() }
        let outcome = s.run(
            """
            def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
            fib(60)
            """)
        #expect(outcome.error?.description == "TimeoutError: cell exceeded 0.3 s")
        #expect(s.run("fib(10)").display == "55")
    }

    @Test func timeoutCannotBeCaughtByExceptHandlers() {
        let s = session { $0.timeLimit = 0.2 }
        defer { s.close() }
        let outcome = s.run(
            """
            while True:
                try:
                    while True:
                        pass
                except BaseException:
                    pass
            """)
        #expect(outcome.error?.type == "TimeoutError")
    }

    @Test func defaultTimeLimitIsThirtySeconds() {
        #expect(SessionOptions().timeLimit == 30)
    }

    @Test func runawayRecursionRaisesRecursionError() {
        let s = session()
        defer { s.close() }
        let outcome = s.run("def f(n):\n    return f(n + 1)\nf(0)")
        #expect(outcome.error?.description == "RecursionError: maximum recursion depth exceeded")
        #expect(outcome.error?.line == 2)
        #expect(
            s.run("def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\ng(900)").display == "900")
    }

    @Test func deeplyNestedDataDoesNotOverflowTheStack() {
        let s = session()
        defer { s.close() }
        let outcome = s.run("x = []\nfor i in range(200000):\n    x = [x]\nrepr(x)")
        #expect(outcome.error?.type == "RecursionError")
        let eq = s.run("y = []\nfor i in range(200000):\n    y = [y]\nx == y")
        #expect(eq.error?.type == "RecursionError")
    }

    @Test func doublingAListRaisesMemoryError() {
        let s = session { $0.maxCollectionItems = 1 << 16 }
        defer { s.close() }
        let outcome = s.run("x = [0]\nwhile True:\n    x = x + x")
        #expect(outcome.error?.description == "MemoryError")
        #expect(s.run("[0] * 10**12").error?.type == "MemoryError")
        #expect(s.run("x = [1]\nwhile True:\n    x.extend(x)").error?.type == "MemoryError")
    }

    @Test func doublingAStringRaisesMemoryError() {
        let s = session { $0.maxStringBytes = 1 << 16 }
        defer { s.close() }
        #expect(s.run("s = 'a'\nwhile True:\n    s += s").error?.type == "MemoryError")
        #expect(s.run("'ab' * 10**9").error?.type == "MemoryError")
    }

    @Test func hugeIntsAreRefused() {
        let s = session()
        defer { s.close() }
        #expect(s.run("2 ** (10 ** 12)").error?.type == "MemoryError")
        #expect(s.run("x = 2 ** 15000\nlen(str(x))").error?.type == "ValueError")
    }

    @Test func outputIsCappedWithANote() {
        let s = session { $0.outputLimit = 100 }
        defer { s.close() }
        let outcome = s.run("for i in range(1000):\n    print('line', i)")
        #expect(outcome.error == nil)
        #expect(outcome.printed.hasPrefix("line 0\nline 1\n"))
        #expect(outcome.printed.contains("[output truncated"))
        #expect(outcome.printed.utf8.count < 200)
    }

    @Test func deepSourceNestingIsASyntaxErrorNotACrash() {
        let s = session()
        defer { s.close() }
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let outcome = s.run(deep)
        #expect(outcome.error != nil)
        let lists = String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000)
        #expect(s.run(lists).error != nil)
    }

    @Test func nestedExpressionsWithinTheParserLimitEvaluate() {
        let s = session()
        defer { s.close() }
        let source = String(repeating: "(", count: 90) + "1" + String(repeating: "+1)", count: 90)
        #expect(s.run(source).display == "91")
    }
}

/// Releasing deeply nested data must not recurse on the machine stack.
@Suite struct TeardownTests {
    @Test func deeplyNestedContainersAreReleased() {
        // Debug builds under a parallel test run are slow: allow far more than the default.
        var options = SessionOptions()
        options.timeLimit = 600
        let s = Session(options: options)
        defer { s.close() }
        let outcome = s.run(
            """
            x = []
            for i in range(400000):
                x = [x, (i,), {'k': x}]
            del x
            d = {}
            for i in range(300000):
                d = {'next': d}
            d = None
            class Node:
                def __init__(self, nxt):
                    self.nxt = nxt
            head = None
            for i in range(300000):
                head = Node(head)
            head = None
            'done'
            """)
        #expect(outcome.error == nil)
        #expect(outcome.display == "'done'")
    }

    @Test func hugeFormatWidthsAreRefused() {
        var options = SessionOptions()
        options.maxStringBytes = 1 << 20
        let s = Session(options: options)
        defer { s.close() }
        #expect(s.run("format(1, '999999999')").error?.type == "MemoryError")
        #expect(s.run("'%99999999999999999999999d' % 1").error?.type == "MemoryError")
        #expect(s.run("format(1.5, '.99999999f')").error?.type == "ValueError")
        #expect(
            s.run("t = ()\nfor i in range(200000):\n    t = (t,)\nhash(t)").error?.type
                == "RecursionError")
    }
}
