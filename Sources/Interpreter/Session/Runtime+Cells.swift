import Dispatch
import Syntax

extension Runtime {
    /// Parses, compiles and runs one cell.
    func runCell(_ source: String, label: String?) -> CellOutcome {
        cellCounter += 1
        let cellLabel =
            label ?? options.cellLabel.replacingOccurrences(of: "{n}", with: String(cellCounter))
        output.reset()
        displayValue = .unbound
        handledExceptions = []
        reprStack = []
        let limit = options.timeLimit
        timeLimitText =
            limit == limit.rounded() && limit < 1e15 ? String(Int(limit)) : String(limit)
        let nanos = limit.isFinite && limit > 0 ? UInt64(min(limit, 1e9) * 1e9) : UInt64.max / 2
        deadline = DispatchTime.now().uptimeNanoseconds &+ nanos
        hot.pointee.ticks = ticksPerClockCheck
        hot.pointee.depth = 0
        hot.pointee.depthLimit = options.recursionLimit
        let module: Module
        do {
            module = try parse(source)
        } catch {
            return syntaxOutcome(error)
        }
        let code: CodeObject
        do {
            code = try Compiler(self, label: cellLabel).compileCell(module)
        } catch {
            return syntaxOutcome(error)
        }
        compiledCode.append(code)
        let base = hot.pointee.sp
        do throws(PyError) {
            if !stackHasRoom(code.slotCount + 1) {
                throw error(.recursionError, "maximum recursion depth exceeded")
            }
            base.initialize(repeating: .unbound, count: code.slotCount)
            hot.pointee.sp = base + code.slotCount
            defer { popTo(base) }
            _ = try code.body.exec(base)
        } catch {
            popTo(base)
            return CellOutcome(
                printed: output.finalText, display: nil, error: cellError(error, cellLabel))
        }
        var display: String?
        let value = displayValue
        displayValue = .unbound
        if !value.isUnbound && !value.isNone {
            do {
                display = try displayText(value)
                mainModule["_"] = value
            } catch {
                return CellOutcome(
                    printed: output.finalText, display: nil, error: cellError(error, cellLabel))
            }
        }
        return CellOutcome(printed: output.finalText, display: display, error: nil)
    }

    private func syntaxOutcome(_ e: SyntaxError) -> CellOutcome {
        CellOutcome(
            printed: "", display: nil,
            error: CellError(
                type: e.typeName, message: e.message, line: e.line, column: e.column, traceback: [])
        )
    }

    /// The outcome error of an uncaught exception.
    func cellError(_ e: PyError, _ label: String) -> CellError {
        let message: String
        if e.isUncatchable {
            message = "cell exceeded \(timeLimitText) s"
        } else {
            // str(e) may run script code; give it a fresh budget and no recursion.
            hot.pointee.depth = 0
            message = (try? str(.object(e.exception))) ?? "<exception str() failed>"
        }
        let frames = e.traceback
        let innermost = frames.last { $0.label == label } ?? frames.last
        return CellError(
            type: e.exception.cls.name, message: message, line: innermost?.line ?? 1,
            column: innermost?.column ?? 1, traceback: frames)
    }

    /// Clears every namespace, cache and compiled tree, breaking reference cycles.
    func tearDown() {
        var roots: [Value] = loadedModules.values.map { .object($0) }
        roots += types.every.map { .object($0) }
        roots += exceptionClasses.values.map { .object($0) }
        roots += handledExceptions.map { .object($0.exception) }
        roots.append(displayValue)
        if let file = fileClassCache { roots.append(.object(file)) }
        roots += cycleRoots.takeAll()
        // Every live list and dict, reachable or not: cycles the script dropped go too.
        roots += trackedContainers.all()
        Teardown.breakCycles(from: roots)
        for module in loadedModules.values {
            for name in module.names {
                module[name] = nil
            }
        }
        loadedModules.removeAll()
        moduleFactories.removeAll()
        handledExceptions.removeAll()
        displayValue = .unbound
        for code in compiledCode {
            code.nodes.removeAll()
        }
        compiledCode.removeAll()
        for cls in types.all + Array(exceptionClasses.values) {
            cls.namespace.removeAll()
        }
        exceptionClasses.removeAll()
        fileClassCache = nil
        trackedContainers.detachAll()
    }
}
