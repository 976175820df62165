import Book
import Foundation
import Interpreter
import Tensors
import Testing

@testable import Runner

@Suite("The interpreter kernel")
struct KernelTests {
    private func kernel(
        _ factory: InterpreterKernelFactory = InterpreterKernelFactory(),
        folder: TemporaryFolder
    ) throws -> any Kernel {
        try factory.makeKernel(
            for: KernelContext(chapterPath: "book/1-x.md", seed: 0, workingDirectory: folder.path))
    }

    @Test func showsPrintedTextThenTheDisplay() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(folder: folder)
        defer { kernel.close() }
        let result = kernel.run("print('a')\n[1, 2]\n", cellIndex: 1)
        #expect(result.printed == "a\n")
        #expect(result.display == "[1, 2]")
        #expect(result.error == nil)
        #expect(result.shownText == "a\n[1, 2]\n")
        #expect(result.recordedText == "a\n[1, 2]\n")
        #expect(result.duration >= 0)
    }

    @Test func recordsAnErrorAsTheLastLineAfterWhatWasPrinted() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(folder: folder)
        defer { kernel.close() }
        let result = kernel.run(
            "print('partial', end='')\nx = 1\nraise ValueError('bad')\n", cellIndex: 2)
        #expect(result.shownText == "partial")
        #expect(result.errorLine == "ValueError: bad")
        #expect(result.recordedText == "partial\nValueError: bad\n")
        #expect(result.error?.line == 3)
    }

    @Test func keepsTheNamespaceBetweenCellsAndAfterAFailure() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(folder: folder)
        defer { kernel.close() }
        _ = kernel.run("n = 41\n", cellIndex: 1)
        #expect(
            kernel.run("1 / 0\n", cellIndex: 2).errorLine == "ZeroDivisionError: division by zero")
        #expect(kernel.run("n + 1\n", cellIndex: 3).display == "42")
    }

    @Test func anExceptionWithoutMessageShowsItsTypeOnly() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(folder: folder)
        defer { kernel.close() }
        let result = kernel.run("raise KeyboardInterrupt\n", cellIndex: 1)
        #expect(result.errorLine == "KeyboardInterrupt")
        #expect(result.recordedText == "KeyboardInterrupt\n")
    }

    @Test func stopsACellPastItsTimeLimitAndRunsTheNext() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(InterpreterKernelFactory(timeLimit: 0.2), folder: folder)
        defer { kernel.close() }
        let slow = kernel.run("while True:\n    pass\n", cellIndex: 1)
        #expect(slow.timedOut)
        #expect(slow.errorLine?.hasPrefix("TimeoutError: ") == true)
        #expect(kernel.run("'next'\n", cellIndex: 2).display == "'next'")
    }

    @Test func cutsPrintedOutputAtTheLimit() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(InterpreterKernelFactory(outputLimit: 100), folder: folder)
        defer { kernel.close() }
        let result = kernel.run("for i in range(1000):\n    print('x' * 10)\n", cellIndex: 1)
        #expect(result.printed.utf8.count < 400)
    }

    @Test func importingAModuleNoExtensionProvidesIsAModuleNotFoundError() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(
            InterpreterKernelFactory(extender: { _ in SessionExtensions() }), folder: folder)
        defer { kernel.close() }
        #expect(
            kernel.run("import tensorflow as tf\n", cellIndex: 1).errorLine
                == "ModuleNotFoundError: No module named 'tensorflow'")
    }

    @Test func writesFilesInTheWorkingDirectoryOnly() throws {
        let folder = try TemporaryFolder()
        let kernel = try kernel(folder: folder)
        defer { kernel.close() }
        let write = kernel.run("with open('out.txt', 'w') as f:\n    f.write('hi')\n", cellIndex: 1)
        #expect(write.error == nil)
        #expect(try String(contentsOfFile: folder.path + "/out.txt", encoding: .utf8) == "hi")
        let escape = kernel.run("open('../escape.txt', 'w')\n", cellIndex: 2)
        #expect(escape.error?.type == "PermissionError")
    }

    @Test func bindsTheTensorLimitsOnTheThreadThatRunsCells() throws {
        let folder = try TemporaryFolder()
        let factory = InterpreterKernelFactory(
            tensorLimits: TensorLimits(maxBytes: 12345),
            extender: { _ in
                SessionExtensions(modules: [
                    "probe": { rt in
                        let module = rt.makeModule("probe")
                        module["limit"] = .object(
                            rt.makeFunction("limit") { _, _ in .int(TensorLimits.current.maxBytes) }
                        )
                        return module
                    }
                ])
            })
        let kernel = try kernel(factory, folder: folder)
        defer { kernel.close() }
        #expect(kernel.run("import probe\nprobe.limit()\n", cellIndex: 1).display == "12345")
    }

    @Test func runsEveryCellInsideTheExtensionsScope() throws {
        let folder = try TemporaryFolder()
        let factory = InterpreterKernelFactory(extender: { context in
            SessionExtensions(
                modules: [
                    "probe": { rt in
                        let module = rt.makeModule("probe")
                        module["seed"] = .object(
                            rt.makeFunction("seed") { _, _ in .int(ProbeScope.seed ?? -1) })
                        return module
                    }
                ],
                cellScope: { body in
                    ProbeScope.$seed.withValue(Int(context.seed) + 7) { body() }
                })
        })
        let kernel = try factory.makeKernel(
            for: KernelContext(chapterPath: "x.md", seed: 35, workingDirectory: folder.path))
        defer { kernel.close() }
        #expect(kernel.run("import probe\nprobe.seed()\n", cellIndex: 1).display == "42")
    }

    @Test func labelsTracebacksWithTheChapterAndCell() throws {
        let folder = try TemporaryFolder()
        let session = InterpreterKernelFactory()
        let kernel = try session.makeKernel(
            for: KernelContext(chapterPath: "book/1-x.md", seed: 0, workingDirectory: folder.path))
        defer { kernel.close() }
        _ = kernel.run("def f():\n    return 1 / 0\n", cellIndex: 1)
        let result = kernel.run("x = 0\nf()\n", cellIndex: 2)
        #expect(result.error?.type == "ZeroDivisionError")
        #expect(result.error?.line == 2)
    }
}

/// A task-local the scope test binds around each cell.
private enum ProbeScope {
    @TaskLocal static var seed: Int?
}
