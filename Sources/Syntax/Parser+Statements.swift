/// Statements: dispatch, simple statements and imports.
extension Parser {
    /// One statement, or the several simple statements of one line (`a = 1; b = 2`).
    mutating func parseStatement() throws(SyntaxError) -> [Stmt] {
        switch current.kind {
        case .keyword(let keyword):
            switch keyword {
            case .if: return [try parseIf()]
            case .while: return [try parseWhile()]
            case .for: return [try parseFor()]
            case .try: return [try parseTry()]
            case .with: return [try parseWith()]
            case .def: return [try parseFunctionDef(decorators: [])]
            case .class: return [try parseClassDef(decorators: [])]
            case .async:
                throw error("'async' is not supported in lit cells", at: current.start)
            default: return try parseSimpleStatements()
            }
        case .op(.at):
            return [try parseDecorated()]
        case .indent, .dedent:
            throw unexpected()
        case .name where currentName == "match":
            let start = index
            do throws(SyntaxError) {
                return try parseSimpleStatements()
            } catch {
                if isMatchStatement(from: start) {
                    throw SyntaxError(
                        "'match' statements are not supported in lit cells",
                        at: tokens[start].start)
                }
                throw error
            }
        default:
            return try parseSimpleStatements()
        }
    }

    /// Whether the logical line starting at token `start` looks like `match subject:`.
    private func isMatchStatement(from start: Int) -> Bool {
        var position = start + 1
        var last: TokenKind?
        while position < tokens.count {
            let kind = tokens[position].kind
            if case .newline = kind { break }
            if case .endOfInput = kind { break }
            last = kind
            position += 1
        }
        return position > start + 2 && last == .op(.colon)
    }

    /// Simple statements separated by `;` up to the end of the line.
    mutating func parseSimpleStatements() throws(SyntaxError) -> [Stmt] {
        var statements: [Stmt] = []
        repeat {
            statements.append(try parseSmallStatement())
            if !accept(.semicolon) { break }
        } while !isNewline
        guard isNewline else { throw unexpected() }
        advance()
        return statements
    }

    /// One simple statement.
    mutating func parseSmallStatement() throws(SyntaxError) -> Stmt {
        let start = current.start
        guard case .keyword(let keyword) = current.kind else {
            return try parseExpressionStatement()
        }
        switch keyword {
        case .pass:
            advance()
            return Stmt(.pass, at: start)
        case .break:
            advance()
            return Stmt(.breakLoop, at: start)
        case .continue:
            advance()
            return Stmt(.continueLoop, at: start)
        case .return:
            advance()
            if isNewline || check(.semicolon) { return Stmt(.returnValue(nil), at: start) }
            return Stmt(.returnValue(try parseStarExpressions()), at: start)
        case .raise:
            advance()
            if isNewline || check(.semicolon) {
                return Stmt(.raise(exception: nil, cause: nil), at: start)
            }
            let exception = try parseExpression()
            var cause: Expr?
            if accept(.from) { cause = try parseExpression() }
            return Stmt(.raise(exception: exception, cause: cause), at: start)
        case .global, .nonlocal:
            advance()
            var names = [try expectName()]
            while accept(.comma) { names.append(try expectName()) }
            return Stmt(keyword == .global ? .global(names) : .nonlocal(names), at: start)
        case .del:
            advance()
            var targets: [Expr] = []
            repeat {
                if isNewline || check(.semicolon) { break }
                let target = try parseStarExpression()
                try validateTarget(target, context: .delete)
                targets.append(target)
            } while accept(.comma)
            if targets.isEmpty { throw unexpected() }
            return Stmt(.delete(targets), at: start)
        case .assert:
            advance()
            let test = try parseExpression()
            var message: Expr?
            if accept(.comma) { message = try parseExpression() }
            return Stmt(.assert(test: test, message: message), at: start)
        case .import:
            return try parseImport()
        case .from:
            return try parseFromImport()
        case .yield:
            throw error("'yield' is not supported in lit cells", at: start)
        default:
            return try parseExpressionStatement()
        }
    }

    /// An expression statement or an assignment of any form.
    mutating func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let start = current.start
        let first = try parseStarExpressions()
        if check(.assign) {
            var items = [first]
            while check(.assign) {
                if let target = items.last {
                    try validateAssignmentTarget(target, isFirst: items.count == 1)
                }
                advance()
                if check(.yield) {
                    throw error("'yield' is not supported in lit cells", at: current.start)
                }
                items.append(try parseStarExpressions())
            }
            let value = items.removeLast()
            return Stmt(.assign(targets: items, value: value), at: start)
        }
        if case .op(let op) = current.kind, let binary = op.augmentedOperator {
            try validateAugmentedTarget(first)
            advance()
            if check(.yield) {
                throw error("'yield' is not supported in lit cells", at: current.start)
            }
            let value = try parseStarExpressions()
            return Stmt(.augAssign(target: first, op: binary, value: value), at: start)
        }
        if check(.colon) {
            switch first.kind {
            case .name, .attribute, .subscript:
                advance()
            default:
                // CPython names the bad target only when an annotation follows the colon.
                let colon = current.start
                advance()
                guard speculativeExpression().parses else {
                    throw error("invalid syntax", at: colon)
                }
                switch first.kind {
                case .tuple:
                    throw error(
                        "only single target (not tuple) can be annotated", at: first.location)
                case .list:
                    throw error(
                        "only single target (not list) can be annotated", at: first.location)
                default:
                    throw error("illegal target for annotation", at: first.location)
                }
            }
            let annotation = try parseExpression()
            var value: Expr?
            if accept(.assign) {
                if check(.yield) {
                    throw error("'yield' is not supported in lit cells", at: current.start)
                }
                value = try parseStarExpressions()
            }
            return Stmt(
                .annAssign(target: first, annotation: annotation, value: value), at: start)
        }
        if !isNewline && !check(.semicolon) {
            if case .name(let name) = first.kind, name == "print" || name == "exec",
                startsExpression(current), speculativeExpression().parses
            {
                throw error(
                    "Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                    at: first.location)
            }
            throw unexpected()
        }
        return Stmt(.expr(first), at: start)
    }

    /// `import a.b as c, d`.
    mutating func parseImport() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        var names: [ImportAlias] = []
        repeat {
            let nameStart = current.start
            let name = try parseDottedName()
            var alias: String?
            if accept(.as) { alias = try expectName() }
            names.append(ImportAlias(name: name, alias: alias, location: nameStart))
        } while accept(.comma)
        return Stmt(.importModules(names), at: start)
    }

    /// `a.b.c`.
    mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectName()
        while accept(.dot) {
            name += "." + (try expectName())
        }
        return name
    }

    /// `from .a.b import c as d, e`, `from x import (a, b)`, `from x import *`.
    mutating func parseFromImport() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        var level = 0
        while true {
            if accept(.dot) {
                level += 1
            } else if accept(.ellipsis) {
                level += 3
            } else {
                break
            }
        }
        var module = ""
        if !check(.import) {
            module = try parseDottedName()
        } else if level == 0 {
            throw unexpected()
        }
        guard accept(.import) else { throw unexpected() }
        if check(.star) {
            let location = current.start
            advance()
            return Stmt(
                .importFrom(
                    module: module, names: [ImportAlias(name: "*", alias: nil, location: location)],
                    level: level), at: start)
        }
        let parenthesized = accept(.leftParen)
        if parenthesized { bracketLevel += 1 }
        var names: [ImportAlias] = []
        while true {
            let nameStart = current.start
            let name = try expectName()
            var alias: String?
            if accept(.as) { alias = try expectName() }
            names.append(ImportAlias(name: name, alias: alias, location: nameStart))
            guard accept(.comma) else { break }
            if parenthesized && check(.rightParen) { break }
            if !parenthesized && (isNewline || check(.semicolon)) {
                throw error(
                    "trailing comma not allowed without surrounding parentheses",
                    at: current.start)
            }
        }
        if parenthesized { try expectClosing(.rightParen) }
        return Stmt(.importFrom(module: module, names: names, level: level), at: start)
    }
}
