import Syntax

/// `a + b`, with int and float fast paths.
final class AddNode: ExprNode {
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ left: ExprNode, _ right: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x + y)
        }
        return try rt.binaryOwned(.add, a, b)
    }
}

/// `a - b`, with int and float fast paths.
final class SubtractNode: ExprNode {
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ left: ExprNode, _ right: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x - y)
        }
        return try rt.binaryOwned(.subtract, a, b)
    }
}

/// `a * b`, with int and float fast paths.
final class MultiplyNode: ExprNode {
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ left: ExprNode, _ right: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x * y)
        }
        return try rt.binaryOwned(.multiply, a, b)
    }
}

/// `a % b`, with an int fast path.
final class ModuloNode: ExprNode {
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ left: ExprNode, _ right: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b, y > 0 {
            let r = x % y
            return .int(r < 0 ? r + y : r)
        }
        return try rt.binaryOwned(.modulo, a, b)
    }
}

/// Any other binary operator.
final class BinaryNode: ExprNode {
    let op: BinaryOp
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, _ left: ExprNode, _ right: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .float(let x) = a, case .float(let y) = b {
            switch op {
            case .trueDivide where y != 0: return .float(x / y)
            default: break
            }
        }
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .floorDivide where y > 0:
                return .int(rt.floorDiv(x, y))
            case .bitAnd: return .int(x & y)
            case .bitOr: return .int(x | y)
            case .bitXor: return .int(x ^ y)
            default: break
            }
        }
        return try rt.binaryOwned(op, a, b)
    }
}

/// `-x`, `+x`, `~x`.
final class UnaryNode: ExprNode {
    let op: UnaryOperator
    let operand: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ op: UnaryOperator, _ operand: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.op = op
        self.operand = ExprRef(operand)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let v = try operand.eval(f)
        switch op {
        case .negate:
            if case .int(let i) = v, i != Int.min { return .int(-i) }
            if case .float(let d) = v { return .float(-d) }
            return try rt.negative(v)
        case .plus: return try rt.positive(v)
        case .invert: return try rt.invert(v)
        case .not: return .bool(!(try rt.truthy(v)))
        }
    }
}

/// `not x`.
final class NotNode: ExprNode {
    let operand: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ operand: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.operand = ExprRef(operand)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let v = try operand.eval(f)
        if case .bool(let b) = v { return .bool(!b) }
        return .bool(!(try rt.truthy(v)))
    }
}

/// `a and b and c` / `a or b` (short-circuit, returning the deciding operand).
final class BooleanNode: ExprNode {
    let isAnd: Bool
    let operands: [ExprRef]
    unowned(unsafe) let rt: Runtime

    init(isAnd: Bool, _ operands: [ExprNode], _ rt: Runtime, _ location: SourceLocation) {
        self.isAnd = isAnd
        self.operands = operands.map { ExprRef($0) }
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        var v = Value.none
        for (i, operand) in operands.enumerated() {
            v = try operand.eval(f)
            if i == operands.count - 1 { break }
            let t = try truth(v, rt)
            if isAnd != t { return v }
        }
        return v
    }
}

/// Truthiness with the bool fast path inline.
@inline(__always) func truth(_ v: Value, _ rt: Runtime) throws(PyError) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .none: return false
    default: return try rt.truthy(v)
    }
}

/// The comparison kinds of a chain step.
enum CompareKind {
    case rich(CompareOp)
    case isSame, isNotSame, isIn, notIn
}

/// `a < b` (one comparison), with an int fast path.
final class CompareNode: ExprNode {
    let kind: CompareKind
    let left: ExprRef
    let right: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ kind: CompareKind, _ left: ExprNode, _ right: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.kind = kind
        self.left = ExprRef(left)
        self.right = ExprRef(right)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .rich(let op) = kind, case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            }
        }
        return try compareValues(kind, a, b, rt)
    }
}

/// Evaluates one comparison step.
func compareValues(_ kind: CompareKind, _ a: Value, _ b: Value, _ rt: Runtime) throws(PyError)
    -> Value
{
    switch kind {
    case .rich(let op): return try rt.richCompare(op, a, b)
    case .isSame: return .bool(a.isIdentical(to: b))
    case .isNotSame: return .bool(!a.isIdentical(to: b))
    case .isIn: return .bool(try rt.contains(b, a))
    case .notIn: return .bool(!(try rt.contains(b, a)))
    }
}

/// `a < b <= c`: each operand evaluated once, stopping at the first false step.
final class CompareChainNode: ExprNode {
    let first: ExprRef
    let steps: [(CompareKind, ExprRef)]
    unowned(unsafe) let rt: Runtime

    init(
        _ first: ExprNode, _ steps: [(CompareKind, ExprNode)], _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.first = ExprRef(first)
        self.steps = steps.map { ($0.0, ExprRef($0.1)) }
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        var left = try first.eval(f)
        var result = Value.bool(true)
        for (i, (kind, ref)) in steps.enumerated() {
            let right = try ref.eval(f)
            result = try compareValues(kind, left, right, rt)
            if i < steps.count - 1 {
                if !(try truth(result, rt)) { return result }
            }
            left = right
        }
        return result
    }
}

/// `body if test else orElse`.
final class ConditionalNode: ExprNode {
    let test: ExprRef
    let body: ExprRef
    let orElse: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ test: ExprNode, _ body: ExprNode, _ orElse: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.test = ExprRef(test)
        self.body = ExprRef(body)
        self.orElse = ExprRef(orElse)
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        if try truth(try test.eval(f), rt) { return try body.eval(f) }
        return try orElse.eval(f)
    }
}

/// `name := value`.
final class NamedExprNode: ExprNode {
    let target: TargetRef
    let value: ExprRef

    init(_ target: TargetNode, _ value: ExprNode, _ location: SourceLocation) {
        self.target = TargetRef(target)
        self.value = ExprRef(value)
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let v = try value.eval(f)
        try target.assign(f, v)
        return v
    }
}
