import Syntax

// Superinstructions for the commonest shapes in loops and recursive functions: a local
// variable with an int literal. They read the slot in place instead of calling two child nodes.

/// `x + 1`, `n - 2`, `i * 3` where `x` is a plain local slot.
final class BinaryLocalIntNode: ExprNode {
    let slot: Int
    let constant: Int
    let op: BinaryOp
    let name: String
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, slot: Int, name: String, constant: Int, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.slot = slot
        self.name = name
        self.constant = constant
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
        if case .int(let x) = f[slot] {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(constant)
                if !o { return .int(r) }
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(constant)
                if !o { return .int(r) }
            case .multiply:
                let (r, o) = x.multipliedReportingOverflow(by: constant)
                if !o { return .int(r) }
            default:
                break
            }
        }
        let a = f[slot]
        if a.isUnbound { throw rt.unboundLocalError(name) }
        return try rt.binary(op, a, .int(constant))
    }
}

/// `n < 2`, `i == 0` where `n` is a plain local slot.
final class CompareLocalIntNode: ExprNode {
    let slot: Int
    let constant: Int
    let op: CompareOp
    let name: String
    unowned(unsafe) let rt: Runtime

    init(
        _ op: CompareOp, slot: Int, name: String, constant: Int, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.slot = slot
        self.name = name
        self.constant = constant
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        if case .int(let x) = f[slot] {
            switch op {
            case .lt: return .bool(x < constant)
            case .le: return .bool(x <= constant)
            case .gt: return .bool(x > constant)
            case .ge: return .bool(x >= constant)
            case .eq: return .bool(x == constant)
            case .ne: return .bool(x != constant)
            }
        }
        let a = f[slot]
        if a.isUnbound { throw rt.unboundLocalError(name) }
        return try rt.richCompare(op, a, .int(constant))
    }
}
