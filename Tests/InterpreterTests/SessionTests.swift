import Dispatch
import Foundation
import Interpreter
import Testing

/// The session API the runner uses: outcomes, display, errors with locations, threads.
@Suite struct SessionTests {
    @Test func reportsPrintedTextDisplayAndNoError() {
        let s = Session()
        defer { s.close() }
        let o = s.run("print('hi')\n1 + 1")
        #expect(o.printed == "hi\n")
        #expect(o.display == "2")
        #expect(o.error == nil)
        #expect(o.shownText == "hi\n2\n")
    }

    @Test func hidesNoneStatementsAndTrailingSemicolon() {
        let s = Session()
        defer { s.close() }
        #expect(s.run("None").display == nil)
        #expect(s.run("x = 3").display == nil)
        #expect(s.run("x").display == "3")
        #expect(s.run("x;").display == nil)
        #expect(s.run("x  # comment").display == "3")
        #expect(s.run("print('a'); x").display == "3")
    }

    @Test func underscoreHoldsTheLastDisplayedValue() {
        let s = Session()
        defer { s.close() }
        _ = s.run("[1, 2]")
        _ = s.run("y = 5")
        #expect(s.run("_ + [3]").display == "[1, 2, 3]")
    }

    @Test func namespaceIsSharedAcrossCells() {
        let s = Session()
        defer { s.close() }
        _ = s.run("def f(x):\n    return x * k")
        _ = s.run("k = 10")
        #expect(s.run("f(4)").display == "40")
    }

    @Test func errorsCarryTypeMessageAndLocationInTheCell() throws {
        let s = Session()
        defer { s.close() }
        _ = s.run("def inner():\n    return {}['k']\n", label: "cell-1")
        let o = s.run("x = 1\ny = 2\ninner()", label: "cell-2")
        let e = try #require(o.error)
        #expect(e.type == "KeyError")
        #expect(e.message == "'k'")
        #expect(e.line == 3)
        #expect(e.column == 1)
        #expect(e.traceback.map { $0.label } == ["cell-2", "cell-1"])
        #expect(e.traceback.map { $0.line } == [3, 2])
        #expect(e.traceback.map { $0.function } == ["<module>", "inner"])
    }

    @Test func syntaxErrorsPointAtLineAndColumn() throws {
        let s = Session()
        defer { s.close() }
        let e = try #require(s.run("x = 1\ny = (1 +\n").error)
        #expect(e.type == "SyntaxError")
        #expect(e.line == 2)
        let e2 = try #require(s.run("def f():\n    nonlocal q\n").error)
        #expect(e2.type == "SyntaxError")
        #expect(e2.message == "no binding for nonlocal 'q' found")
    }

    @Test func exceptionWithoutMessageShowsOnlyItsType() {
        let s = Session()
        defer { s.close() }
        #expect(s.run("raise ValueError").error?.description == "ValueError")
        #expect(s.run("class E(Exception): pass\nraise E('x')").error?.description == "E: x")
    }

    @Test func worksFromSwiftConcurrency() async {
        let s = Session()
        let outcome = await Task.detached { s.run("sum(range(10))") }.value
        #expect(outcome.display == "45")
        s.close()
    }

    /// Collects results from concurrent sessions.
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var values: [Int: Int] = [:]

        func set(_ i: Int, _ v: Int) {
            lock.lock()
            values[i] = v
            lock.unlock()
        }
    }

    @Test func sessionsRunInParallelWithoutSharing() {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            let s = Session()
            _ = s.run("total = 0\nfor k in range(20000):\n    total += k % (\(i) + 2)")
            let text = s.run("total").display ?? ""
            results.set(i, Int(text) ?? -1)
            s.close()
        }
        for i in 0..<4 {
            let expected = (0..<20000).reduce(0) { $0 + $1 % (i + 2) }
            #expect(results.values[i] == expected)
        }
    }

    @Test func closedSessionRefusesCells() {
        let s = Session()
        _ = s.run("class A:\n    pass\na = A()\na.me = a")
        s.close()
        #expect(s.run("1").error?.type == "RuntimeError")
    }

    @Test func aCellGivenAfterTheSessionThreadEndedDoesNotWaitForIt() {
        final class Box: @unchecked Sendable { var outcome: CellOutcome? }
        let s = Session()
        _ = s.run("1")
        s.close()
        // Give the stopped thread time to end, so that nothing would run a queued job.
        Thread.sleep(forTimeInterval: 0.2)
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.outcome = s.run("1")
            done.signal()
        }.start()
        #expect(done.wait(timeout: .now() + 20) == .success, "run() waited for a gone thread")
        #expect(box.outcome?.error?.type == "RuntimeError")
    }

    @Test func objectAddressesAreStableAndMatchId() throws {
        let s = Session()
        defer { s.close() }
        _ = s.run("class A:\n    pass\na = A()")
        let shown = try #require(s.run("a").display)
        let again = try #require(s.run("a").display)
        #expect(shown == again)
        #expect(shown.hasPrefix("<__main__.A at 0x7f"))
        let id = try #require(s.run("hex(id(a))").display)
        #expect(shown.contains(id.replacingOccurrences(of: "'", with: "")))
    }

    @Test func performRunsSwiftCodeWithTheRuntime() throws {
        let s = Session()
        defer { s.close() }
        _ = s.run("data = {'a': [1, 2]}")
        let text = try s.perform { rt in try rt.repr(rt.mainModule["data"] ?? .none) }
        #expect(text == "{'a': [1, 2]}")
    }
}

/// How much machine stack one script call costs, so that 1000 frames always fit the
/// session thread's stack (measured in the build under test; debug builds use the most).
@Suite struct StackUsageTests {
    @Test func thousandScriptFramesFitTheSessionStackWithMargin() throws {
        var options = SessionOptions()
        options.modules["probe"] = { rt in
            let m = rt.makeModule("probe")
            m["address"] = .object(
                rt.makeFunction("address") { _, _ in
                    var marker: UInt8 = 0
                    return .int(withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) })
                })
            return m
        }
        let s = Session(options: options)
        defer { s.close() }
        let outcome = s.run(
            """
            from probe import address
            def f(n):
                return address() if n == 0 else f(n - 1)
            def g(n):
                x = [n, n + 1]
                if n > 0:
                    for item in x:
                        return g(n - 1) + item
                return address()
            (f(0) - f(200)) // 200, (g(0) - g(200) + 20100) // 200
            """)
        let text = try #require(outcome.display, "\(String(describing: outcome.error))")
        let parts = text.dropFirst().dropLast().split(separator: ",").compactMap {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        let perFrame = parts.max() ?? 0
        print("machine stack per script call: \(parts) bytes")
        #expect(perFrame > 0)
        // 1000 frames must fit in the reserved stack minus its safety margin.
        #expect(perFrame * 1000 < SessionOptions().threadStackBytes / 4)
    }
}
