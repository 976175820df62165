/// Assignment, deletion and loop targets: parsing them and checking they can be assigned.
extension Parser {
    /// Where a target appears, which decides CPython's wording.
    enum TargetContext {
        /// `a = ...`, `for a in`, `with ... as a`, comprehension targets.
        case assign, forTarget
        /// `del a`.
        case delete
    }

    /// A comma list of targets up to `in` (`for a, (b, *c) in ...`), parsed at `bitwise_or`
    /// level so that `in` ends it.
    mutating func parseTargetList() throws(SyntaxError) -> Expr {
        let first = try parseTarget()
        guard check(.comma) else { return first }
        let firstStart = start
        var items = [first]
        var childHeight = height
        while accept(.comma) {
            guard startsExpression(current) || check(.star) else { break }
            items.append(try parseTarget())
            childHeight = max(childHeight, height)
        }
        return try node(.tuple(items), at: firstStart, over: childHeight)
    }

    /// One target: `*bitwise_or` or `bitwise_or`.
    mutating func parseTarget() throws(SyntaxError) -> Expr {
        if check(.star) {
            let start = current.start
            advance()
            let value = try parseBitwiseOr()
            lastDisjunctionStart = start
            lastDisjunctionEnd = index
            return try node(.starred(value), at: start, over: height)
        }
        let target = try parseBitwiseOr()
        lastDisjunctionStart = start
        lastDisjunctionEnd = index
        return target
    }

    /// The first part of `target` that cannot be assigned (or deleted), if any
    /// (CPython's `_PyPegen_get_invalid_target`).
    func invalidTarget(_ target: Expr, context: TargetContext) -> Expr? {
        switch target.kind {
        case .name, .attribute, .subscript:
            return nil
        case .list(let items), .tuple(let items):
            for item in items {
                if let invalid = invalidTarget(item, context: context) { return invalid }
            }
            return nil
        case .starred(let value):
            if context == .delete { return target }
            return invalidTarget(value, context: context)
        case .compare(let left, let comparisons):
            // `for x in y in z`: CPython blames the part before `in`.
            if context == .forTarget, comparisons.first?.op == .in {
                return invalidTarget(left, context: context)
            }
            return target
        default:
            return target
        }
    }

    /// Fails with CPython's message when `target` cannot be assigned or deleted.
    func validateTarget(_ target: Expr, context: TargetContext) throws(SyntaxError) {
        guard let invalid = invalidTarget(target, context: context) else { return }
        let verb = context == .delete ? "delete" : "assign to"
        throw error("cannot \(verb) \(expressionName(invalid))", at: invalid.location)
    }

    /// Checks the target before an assignment's `=` (the current token), as soon as the `=`
    /// is read, with CPython's `here. Maybe you meant '==' instead of '='?` hint when it is
    /// the first target and a lone operand follows the `=`.
    mutating func validateAssignmentTarget(_ target: Expr, isFirst: Bool) throws(SyntaxError) {
        guard let invalid = invalidTarget(target, context: .assign) else { return }
        if isFirst && hintsComparison(invalid, in: target) && loneOperandFollowsAssign() {
            throw error(
                "cannot assign to \(expressionName(invalid)) here. "
                    + "Maybe you meant '==' instead of '='?", at: invalid.location)
        }
        throw error("cannot assign to \(expressionName(invalid))", at: invalid.location)
    }

    /// Whether a lone operand follows the `=` at the current token.
    ///
    /// The operand is a `bitwise_or` not followed by `=` or `:=`. The position is restored.
    private mutating func loneOperandFollowsAssign() -> Bool {
        let saved = (index, height, depth, bracketLevel)
        defer { (index, height, depth, bracketLevel) = saved }
        advance()
        do throws(SyntaxError) {
            _ = try parseBitwiseOr()
            return !check(.assign) && !check(.walrus)
        } catch {
            return false
        }
    }

    /// Whether CPython's `invalid_named_expression` rule applies to an invalid target: it is
    /// the whole target or an element of an unparenthesized tuple, and not a display or
    /// `True`/`False`/`None`.
    private func hintsComparison(_ invalid: Expr, in target: Expr) -> Bool {
        switch invalid.kind {
        case .list, .tuple, .generator, .constant(.bool), .constant(.none), .starred:
            return false
        case .compare, .boolean, .conditional, .lambda, .namedExpr, .unary(.not, _):
            // Not a `bitwise_or` unless parenthesized, which the target's start tells.
            if invalid == target && start != invalid.location { break }
            return false
        default:
            break
        }
        if invalid == target { return true }
        // In `a, f() = 1` only the element right before the `=` can be blamed so.
        if case .tuple(let items) = target.kind, target.location == items.first?.location {
            return items.last == invalid
        }
        return false
    }

    /// The target of an augmented assignment: a name, attribute or subscript.
    func validateAugmentedTarget(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw error(
                "'\(expressionName(target))' is an illegal expression for augmented assignment",
                at: target.location)
        }
    }
}
