import Testing

@testable import Interpreter

/// Closing a session releases every object its cells made, even those in reference cycles
/// (instances ↔ classes, closures ↔ their cells, bound methods, module globals, exceptions
/// with tracebacks, self-containing containers, suspended generators).
@Suite struct CycleReleaseTests {
    /// A weak reference, to see whether an object is still alive after the session closed.
    final class WeakBox {
        weak var object: AnyObject?

        init(_ object: AnyObject?) {
            self.object = object
        }
    }

    /// Runs `source`, then holds weak references to the values of `names` (and of the
    /// built-in names) while the session closes; returns the names still alive after it.
    private func survivors(of source: String, names: [String]) throws -> [String] {
        let session = Session()
        let outcome = session.run(source)
        #expect(outcome.error == nil, "\(outcome.error?.description ?? "")")
        let builtins = ["int", "list", "object", "ValueError", "print", "len"]
        let boxes = try session.perform { rt -> [(String, WeakBox)] in
            var found: [(String, WeakBox)] = []
            for name in names {
                if case .object(let o)? = rt.mainModule[name] { found.append((name, WeakBox(o))) }
            }
            for name in builtins {
                if case .object(let o)? = rt.builtinsModule[name] {
                    found.append((name, WeakBox(o)))
                }
            }
            found.append(("__main__", WeakBox(rt.mainModule)))
            return found
        }
        #expect(boxes.count == names.count + builtins.count + 1)
        session.close()
        return boxes.filter { $0.1.object != nil }.map { $0.0 }
    }

    @Test func releasesInstancesAndClassesThatReferToEachOther() throws {
        let source = """
            class Node:
                registry = []
                def __init__(self, parent=None):
                    self.parent = parent
                    self.children = []
                    self.me = self
                    self.hook = self.describe
                    Node.registry.append(self)
                    if parent is not None:
                        parent.children.append(self)
                def describe(self):
                    return 'node'
            root = Node()
            leaf = Node(root)
            Node.default = Node()
            method = leaf.describe
            """
        let alive = try survivors(of: source, names: ["Node", "root", "leaf", "method"])
        #expect(alive == [])
    }

    @Test func releasesClosuresThatReferToThemselves() throws {
        let source = """
            def make():
                def countdown(n):
                    return 0 if n == 0 else countdown(n - 1)
                counter = [0]
                def bump():
                    counter[0] += 1
                    return bump
                return countdown, bump
            countdown, bump = make()
            countdown(5)
            bump()
            square = lambda x, f=None: x * x
            square.me = square
            """
        let alive = try survivors(of: source, names: ["countdown", "bump", "square"])
        #expect(alive == [])
    }

    @Test func releasesSelfContainingContainersAndCaughtExceptions() throws {
        let source = """
            items = [1, 2]
            items.append(items)
            table = {'self': None}
            table['self'] = table
            pair = ([], 1)
            pair[0].append(pair)
            class Failure(Exception):
                pass
            try:
                raise Failure('boom')
            except Failure as e:
                caught = e
                caught.keep = caught
            try:
                try:
                    1 / 0
                except ZeroDivisionError:
                    raise ValueError('again')
            except ValueError as e:
                chained = e
            gen = (x for x in items)
            next(gen)
            """
        let alive = try survivors(
            of: source,
            names: ["items", "table", "pair", "Failure", "caught", "chained", "gen"])
        #expect(alive == [])
    }

    @Test func releasesContainerAndInstanceCyclesTheScriptDropped() throws {
        let session = Session()
        let setup = session.run(
            """
            class Node:
                pass
            items = [1]
            items.append(items)
            table = {}
            table['self'] = table
            node = Node()
            node.me = node
            pair = Node()
            pair.other = Node()
            pair.other.other = pair
            ring = [[], []]
            ring[0].append(ring[1])
            ring[1].append(ring[0])
            inner = ring[0]
            """)
        #expect(setup.error == nil)
        let names = ["items", "table", "node", "pair", "inner"]
        let boxes = try session.perform { rt -> [WeakBox] in
            names.map { name in
                if case .object(let o)? = rt.mainModule[name] { return WeakBox(o) }
                return WeakBox(nil)
            }
        }
        #expect(boxes.allSatisfy { $0.object != nil })
        // Unreachable from any name now: only the session's list of containers finds them.
        #expect(session.run("del items, table, node, pair, ring, inner").error == nil)
        #expect(boxes.allSatisfy { $0.object != nil }, "reference counting alone frees none")
        session.close()
        #expect(boxes.allSatisfy { $0.object == nil })
    }

    @Test func containersAliveAfterTheSessionAreNoLongerTracked() throws {
        let session = Session()
        #expect(session.run("kept = [[1], {'a': 2}]").error == nil)
        let kept = try session.perform { rt -> Value? in rt.mainModule["kept"] }
        session.close()
        // The session emptied it; dropping it after the session's end must touch nothing freed.
        #expect(kept?.asList?.items.isEmpty == true)
    }

    @Test func anUnusedSessionReleasesItsBuiltins() throws {
        let alive = try survivors(of: "x = 1", names: [])
        #expect(alive == [])
    }

    @Test func releasesCyclesTheScriptDroppedBeforeTheEnd() throws {
        let session = Session()
        let setup = session.run(
            """
            class Temp:
                pass
            Temp.me = Temp
            Temp.instance = Temp()
            def make():
                def again():
                    return again
                return again
            inner = make()
            """)
        #expect(setup.error == nil)
        let boxes = try session.perform { rt -> [WeakBox] in
            ["Temp", "inner"].map { name in
                if case .object(let o)? = rt.mainModule[name] { return WeakBox(o) }
                return WeakBox(nil)
            }
        }
        #expect(boxes.allSatisfy { $0.object != nil })
        #expect(session.run("del Temp, inner").error == nil)
        session.close()
        #expect(boxes.allSatisfy { $0.object == nil })
    }
}
