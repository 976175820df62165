/// A stable, indented text form of a parsed module, with every node's location: the format
/// of the golden AST tests.
///
/// Each node is one line, `Kind details @line:column`; its children follow, indented two
/// spaces, each prefixed by the field it fills (`left:`, `body[0]:`, ...).
public func dumpAST(_ module: Module) -> String {
    var dumper = ASTDumper()
    dumper.line(0, "Module" + (module.endsWithSemicolon ? " endsWithSemicolon" : ""))
    dumper.statements(module.body, field: "body", depth: 1)
    return dumper.output
}

/// The same text form for one expression (without a module around it).
public func dumpAST(_ expression: Expr) -> String {
    var dumper = ASTDumper()
    dumper.expression(expression, field: nil, depth: 0)
    return dumper.output
}

private struct ASTDumper {
    var output = ""

    mutating func line(_ depth: Int, _ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    func prefix(_ field: String?) -> String { field.map { $0 + ": " } ?? "" }

    func at(_ location: SourceLocation) -> String { " @\(location.line):\(location.column)" }

    mutating func statements(_ body: [Stmt], field: String, depth: Int) {
        for (index, statement) in body.enumerated() {
            self.statement(statement, field: "\(field)[\(index)]", depth: depth)
        }
    }

    mutating func expressions(_ items: [Expr], field: String, depth: Int) {
        for (index, item) in items.enumerated() {
            expression(item, field: "\(field)[\(index)]", depth: depth)
        }
    }

    mutating func optional(_ item: Expr?, field: String, depth: Int) {
        if let item { expression(item, field: field, depth: depth) }
    }

    mutating func statement(_ statement: Stmt, field: String, depth: Int) {
        let head = prefix(field)
        let location = at(statement.location)
        let inner = depth + 1
        switch statement.kind {
        case .expr(let value):
            line(depth, head + "Expr" + location)
            expression(value, field: "value", depth: inner)
        case .assign(let targets, let value):
            line(depth, head + "Assign" + location)
            expressions(targets, field: "targets", depth: inner)
            expression(value, field: "value", depth: inner)
        case .augAssign(let target, let op, let value):
            line(depth, head + "AugAssign '\(op.rawValue)='" + location)
            expression(target, field: "target", depth: inner)
            expression(value, field: "value", depth: inner)
        case .annAssign(let target, let annotation, let value):
            line(depth, head + "AnnAssign" + location)
            expression(target, field: "target", depth: inner)
            expression(annotation, field: "annotation", depth: inner)
            optional(value, field: "value", depth: inner)
        case .delete(let targets):
            line(depth, head + "Delete" + location)
            expressions(targets, field: "targets", depth: inner)
        case .pass:
            line(depth, head + "Pass" + location)
        case .breakLoop:
            line(depth, head + "Break" + location)
        case .continueLoop:
            line(depth, head + "Continue" + location)
        case .returnValue(let value):
            line(depth, head + "Return" + location)
            optional(value, field: "value", depth: inner)
        case .ifElse(let test, let body, let orElse):
            line(depth, head + "If" + location)
            expression(test, field: "test", depth: inner)
            statements(body, field: "body", depth: inner)
            statements(orElse, field: "orElse", depth: inner)
        case .whileLoop(let test, let body, let orElse):
            line(depth, head + "While" + location)
            expression(test, field: "test", depth: inner)
            statements(body, field: "body", depth: inner)
            statements(orElse, field: "orElse", depth: inner)
        case .forLoop(let target, let iterable, let body, let orElse):
            line(depth, head + "For" + location)
            expression(target, field: "target", depth: inner)
            expression(iterable, field: "iterable", depth: inner)
            statements(body, field: "body", depth: inner)
            statements(orElse, field: "orElse", depth: inner)
        case .functionDef(let definition):
            line(depth, head + "FunctionDef \(definition.name)" + location)
            expressions(definition.decorators, field: "decorators", depth: inner)
            parameters(definition.parameters, depth: inner)
            optional(definition.returns, field: "returns", depth: inner)
            statements(definition.body, field: "body", depth: inner)
        case .classDef(let definition):
            line(depth, head + "ClassDef \(definition.name)" + location)
            expressions(definition.decorators, field: "decorators", depth: inner)
            arguments(definition.bases, field: "bases", depth: inner)
            statements(definition.body, field: "body", depth: inner)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            line(depth, head + "Try" + location)
            statements(body, field: "body", depth: inner)
            for (index, handler) in handlers.enumerated() {
                let name = handler.name.map { " as \($0)" } ?? ""
                line(inner, "handlers[\(index)]: ExceptHandler\(name)" + at(handler.location))
                optional(handler.type, field: "type", depth: inner + 1)
                statements(handler.body, field: "body", depth: inner + 1)
            }
            statements(orElse, field: "orElse", depth: inner)
            statements(finally, field: "finally", depth: inner)
        case .raise(let exception, let cause):
            line(depth, head + "Raise" + location)
            optional(exception, field: "exception", depth: inner)
            optional(cause, field: "cause", depth: inner)
        case .assert(let test, let message):
            line(depth, head + "Assert" + location)
            expression(test, field: "test", depth: inner)
            optional(message, field: "message", depth: inner)
        case .with(let items, let body):
            line(depth, head + "With" + location)
            for (index, item) in items.enumerated() {
                line(inner, "items[\(index)]: WithItem")
                expression(item.context, field: "context", depth: inner + 1)
                optional(item.target, field: "target", depth: inner + 1)
            }
            statements(body, field: "body", depth: inner)
        case .importModules(let names):
            line(depth, head + "Import" + location)
            aliases(names, depth: inner)
        case .importFrom(let module, let names, let level):
            let dots = String(repeating: ".", count: level)
            line(depth, head + "ImportFrom '\(dots)\(module)'" + location)
            aliases(names, depth: inner)
        case .global(let names):
            line(depth, head + "Global " + names.joined(separator: ", ") + location)
        case .nonlocal(let names):
            line(depth, head + "Nonlocal " + names.joined(separator: ", ") + location)
        }
    }

    mutating func aliases(_ names: [ImportAlias], depth: Int) {
        for (index, alias) in names.enumerated() {
            let rename = alias.alias.map { " as \($0)" } ?? ""
            line(depth, "names[\(index)]: \(alias.name)\(rename)" + at(alias.location))
        }
    }

    mutating func parameters(_ parameters: Parameters, depth: Int) {
        let groups: [(String, [Parameter])] = [
            ("positionalOnly", parameters.positionalOnly), ("regular", parameters.regular),
            ("varArgs", parameters.varArgs.map { [$0] } ?? []),
            ("keywordOnly", parameters.keywordOnly),
            ("varKeywords", parameters.varKeywords.map { [$0] } ?? []),
        ]
        for (group, items) in groups {
            for (index, parameter) in items.enumerated() {
                let field = group.hasPrefix("var") ? group : "\(group)[\(index)]"
                line(depth, "\(field): Parameter \(parameter.name)" + at(parameter.location))
                optional(parameter.annotation, field: "annotation", depth: depth + 1)
                optional(parameter.defaultValue, field: "default", depth: depth + 1)
            }
        }
    }

    mutating func arguments(_ arguments: [Argument], field: String, depth: Int) {
        for (index, argument) in arguments.enumerated() {
            let name = "\(field)[\(index)]"
            switch argument {
            case .positional(let value):
                expression(value, field: name, depth: depth)
            case .keyword(let keyword, let value):
                line(depth, "\(name): Keyword \(keyword)")
                expression(value, field: "value", depth: depth + 1)
            case .star(let value):
                line(depth, "\(name): StarArgument")
                expression(value, field: "value", depth: depth + 1)
            case .doubleStar(let value):
                line(depth, "\(name): DoubleStarArgument")
                expression(value, field: "value", depth: depth + 1)
            }
        }
    }

    mutating func comprehensions(_ clauses: [Comprehension], depth: Int) {
        for (index, clause) in clauses.enumerated() {
            line(depth, "generators[\(index)]: Comprehension")
            expression(clause.target, field: "target", depth: depth + 1)
            expression(clause.iterable, field: "iterable", depth: depth + 1)
            expressions(clause.conditions, field: "conditions", depth: depth + 1)
        }
    }

    mutating func parts(_ values: [FormattedStringPart], field: String, depth: Int) {
        for (index, part) in values.enumerated() {
            switch part {
            case .literal(let text):
                line(depth, "\(field)[\(index)]: Literal \(quoted(text))")
            case .field(let formatted):
                var details = ""
                if let conversion = formatted.conversion { details += " !\(conversion)" }
                if let debug = formatted.debugText { details += " debug=\(quoted(debug))" }
                line(depth, "\(field)[\(index)]: Field\(details)")
                expression(formatted.value, field: "value", depth: depth + 1)
                if let spec = formatted.formatSpec {
                    line(depth + 1, "formatSpec: FormatSpec")
                    self.parts(spec, field: "parts", depth: depth + 2)
                }
            }
        }
    }

    mutating func expression(_ expression: Expr, field: String?, depth: Int) {
        let head = prefix(field)
        let location = at(expression.location)
        let inner = depth + 1
        switch expression.kind {
        case .name(let name):
            line(depth, head + "Name \(name)" + location)
        case .constant(let constant):
            line(depth, head + "Constant " + describe(constant) + location)
        case .formattedString(let values):
            line(depth, head + "JoinedStr" + location)
            parts(values, field: "values", depth: inner)
        case .list(let items):
            line(depth, head + "List" + location)
            expressions(items, field: "elements", depth: inner)
        case .tuple(let items):
            line(depth, head + "Tuple" + location)
            expressions(items, field: "elements", depth: inner)
        case .set(let items):
            line(depth, head + "Set" + location)
            expressions(items, field: "elements", depth: inner)
        case .dict(let items):
            line(depth, head + "Dict" + location)
            for (index, item) in items.enumerated() {
                switch item {
                case .pair(let key, let value):
                    line(inner, "items[\(index)]: Pair")
                    self.expression(key, field: "key", depth: inner + 1)
                    self.expression(value, field: "value", depth: inner + 1)
                case .unpack(let mapping):
                    line(inner, "items[\(index)]: Unpack")
                    self.expression(mapping, field: "value", depth: inner + 1)
                }
            }
        case .starred(let value):
            line(depth, head + "Starred" + location)
            self.expression(value, field: "value", depth: inner)
        case .attribute(let value, let name):
            line(depth, head + "Attribute .\(name)" + location)
            self.expression(value, field: "value", depth: inner)
        case .subscript(let value, let index):
            line(depth, head + "Subscript" + location)
            self.expression(value, field: "value", depth: inner)
            self.expression(index, field: "index", depth: inner)
        case .slice(let lower, let upper, let step):
            line(depth, head + "Slice" + location)
            optional(lower, field: "lower", depth: inner)
            optional(upper, field: "upper", depth: inner)
            optional(step, field: "step", depth: inner)
        case .call(let function, let arguments):
            line(depth, head + "Call" + location)
            self.expression(function, field: "function", depth: inner)
            self.arguments(arguments, field: "arguments", depth: inner)
        case .unary(let op, let operand):
            line(depth, head + "UnaryOp '\(op.rawValue)'" + location)
            self.expression(operand, field: "operand", depth: inner)
        case .binary(let left, let op, let right):
            line(depth, head + "BinOp '\(op.rawValue)'" + location)
            self.expression(left, field: "left", depth: inner)
            self.expression(right, field: "right", depth: inner)
        case .boolean(let op, let values):
            line(depth, head + "BoolOp \(op.rawValue)" + location)
            expressions(values, field: "values", depth: inner)
        case .compare(let left, let comparisons):
            line(depth, head + "Compare" + location)
            self.expression(left, field: "left", depth: inner)
            for (index, comparison) in comparisons.enumerated() {
                self.expression(
                    comparison.right, field: "'\(comparison.op.rawValue)'[\(index)]",
                    depth: inner)
            }
        case .conditional(let test, let body, let orElse):
            line(depth, head + "IfExp" + location)
            self.expression(test, field: "test", depth: inner)
            self.expression(body, field: "body", depth: inner)
            self.expression(orElse, field: "orElse", depth: inner)
        case .lambda(let parameters, let body):
            line(depth, head + "Lambda" + location)
            self.parameters(parameters, depth: inner)
            self.expression(body, field: "body", depth: inner)
        case .listComprehension(let element, let clauses):
            line(depth, head + "ListComp" + location)
            self.expression(element, field: "element", depth: inner)
            comprehensions(clauses, depth: inner)
        case .setComprehension(let element, let clauses):
            line(depth, head + "SetComp" + location)
            self.expression(element, field: "element", depth: inner)
            comprehensions(clauses, depth: inner)
        case .dictComprehension(let key, let value, let clauses):
            line(depth, head + "DictComp" + location)
            self.expression(key, field: "key", depth: inner)
            self.expression(value, field: "value", depth: inner)
            comprehensions(clauses, depth: inner)
        case .generator(let element, let clauses):
            line(depth, head + "GeneratorExp" + location)
            self.expression(element, field: "element", depth: inner)
            comprehensions(clauses, depth: inner)
        case .namedExpr(let name, let value):
            line(depth, head + "NamedExpr \(name)" + location)
            self.expression(value, field: "value", depth: inner)
        }
    }

    func describe(_ constant: Constant) -> String {
        switch constant {
        case .none: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .int(let value): return "int \(value)"
        case .bigInt(let digits): return "bigint \(digits)"
        case .float(let value): return "float \(value)"
        case .string(let text): return "str \(quoted(text))"
        case .ellipsis: return "Ellipsis"
        }
    }

    /// A string in single quotes, with backslash escapes for quotes, backslashes and
    /// invisible characters, so every dump line stays one line.
    func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if Lexer.isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                }
            }
        }
        return result + "'"
    }
}
