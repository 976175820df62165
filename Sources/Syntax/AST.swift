/// A position in a cell's source: 1-based line and 1-based column (in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the way error messages print a position.
    public var description: String { "\(line):\(column)" }
}

/// A parsed cell: the statements of one source text, in order.
public struct Module: Equatable, Sendable {
    /// The top-level statements.
    public var body: [Stmt]
    /// Whether the last token of the source (comments aside) is `;`, which tells IPython not
    /// to display the value of a final expression statement.
    public var endsWithSemicolon: Bool

    /// Creates a module from its statements.
    public init(body: [Stmt], endsWithSemicolon: Bool = false) {
        self.body = body
        self.endsWithSemicolon = endsWithSemicolon
    }
}

/// A statement with the location of its first token.
public struct Stmt: Equatable, Sendable {
    /// What the statement is.
    public var kind: StmtKind
    /// Where the statement starts.
    public var location: SourceLocation

    /// Creates a statement.
    public init(_ kind: StmtKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// An expression with the location of its first token.
public struct Expr: Equatable, Sendable {
    /// What the expression is.
    public var kind: ExprKind
    /// Where the expression starts.
    public var location: SourceLocation

    /// Creates an expression.
    public init(_ kind: ExprKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The statement forms of the cell language (a subset of Python 3.11).
public indirect enum StmtKind: Equatable, Sendable {
    /// An expression evaluated for its effect (or, as a cell's last statement, its display).
    case expr(Expr)
    /// `a = b = value`: every target in `targets` receives `value`, left to right.
    case assign(targets: [Expr], value: Expr)
    /// `target op= value`.
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`; the value is optional, the annotation is never evaluated.
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    /// `del a, b[0], c.d`.
    case delete([Expr])
    /// `pass`.
    case pass
    /// `break`.
    case breakLoop
    /// `continue`.
    case continueLoop
    /// `return` with an optional value.
    case returnValue(Expr?)
    /// `if test: body` with `elif` chains nested in `orElse`.
    case ifElse(test: Expr, body: [Stmt], orElse: [Stmt])
    /// `while test: body else: orElse`.
    case whileLoop(test: Expr, body: [Stmt], orElse: [Stmt])
    /// `for target in iterable: body else: orElse`.
    case forLoop(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
    /// `def`.
    case functionDef(FunctionDef)
    /// `class`.
    case classDef(ClassDef)
    /// `try` with handlers, `else` and `finally`.
    case tryStatement(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exception: Expr?, cause: Expr?)
    /// `assert test, message`.
    case assert(test: Expr, message: Expr?)
    /// `with a as x, b: body`.
    case with(items: [WithItem], body: [Stmt])
    /// `import a.b as c, d`.
    case importModules([ImportAlias])
    /// `from module import a as b, c` (`names` holds one alias named `*` for a star import).
    case importFrom(module: String, names: [ImportAlias], level: Int)
    /// `global a, b`.
    case global([String])
    /// `nonlocal a, b`.
    case nonlocal([String])
}

/// The expression forms of the cell language.
public indirect enum ExprKind: Equatable, Sendable {
    /// A name to look up.
    case name(String)
    /// A literal constant.
    case constant(Constant)
    /// An f-string: literal text and replacement fields.
    case formattedString([FormattedStringPart])
    /// `[a, *b]`.
    case list([Expr])
    /// `(a, *b)` or `a, b`.
    case tuple([Expr])
    /// `{a, *b}`.
    case set([Expr])
    /// `{k: v, **d}`.
    case dict([DictItem])
    /// `*value` inside a display, a call or an assignment target.
    case starred(Expr)
    /// `value.name`.
    case attribute(Expr, name: String)
    /// `value[index]`; a tuple index such as `x[1, ::2]` is a `.tuple` of its parts.
    case `subscript`(Expr, index: Expr)
    /// `lower:upper:step` inside a subscript.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    /// `function(arguments)`.
    case call(Expr, arguments: [Argument])
    /// `-x`, `+x`, `~x`, `not x`.
    case unary(UnaryOperator, Expr)
    /// `left op right`.
    case binary(Expr, BinaryOperator, Expr)
    /// `a and b and c` / `a or b`.
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c`: the first operand and each following comparison.
    case compare(Expr, [Comparison])
    /// `body if test else orElse`.
    case conditional(test: Expr, body: Expr, orElse: Expr)
    /// `lambda parameters: body`.
    case lambda(Parameters, body: Expr)
    /// `[element for ...]`.
    case listComprehension(Expr, [Comprehension])
    /// `{element for ...}`.
    case setComprehension(Expr, [Comprehension])
    /// `{key: value for ...}`.
    case dictComprehension(key: Expr, value: Expr, [Comprehension])
    /// `(element for ...)`.
    case generator(Expr, [Comprehension])
    /// `name := value`.
    case namedExpr(name: String, value: Expr)
}

/// A literal constant.
public enum Constant: Equatable, Sendable {
    /// `None`.
    case none
    /// `True` / `False`.
    case bool(Bool)
    /// An integer literal that fits in `Int`.
    case int(Int)
    /// An integer literal too large for `Int`, as its decimal digits (no sign).
    case bigInt(String)
    /// A float literal.
    case float(Double)
    /// A string literal, escapes resolved; adjacent literals are joined.
    case string(String)
    /// `...`.
    case ellipsis
}

/// A piece of an f-string.
public enum FormattedStringPart: Equatable, Sendable {
    /// Literal text, escapes resolved and `{{`/`}}` collapsed.
    case literal(String)
    /// A replacement field `{value!conversion:spec}`.
    case field(FormattedField)
}

/// A replacement field of an f-string.
public struct FormattedField: Equatable, Sendable {
    /// The expression inside the braces.
    public var value: Expr
    /// `r`, `s` or `a` after `!`, if given.
    public var conversion: Character?
    /// The format spec after `:`, itself possibly holding nested fields.
    public var formatSpec: [FormattedStringPart]?
    /// For `{x=}`, the source text `x=` (with its spaces) printed before the value.
    public var debugText: String?

    /// Creates a replacement field.
    public init(
        value: Expr, conversion: Character? = nil, formatSpec: [FormattedStringPart]? = nil,
        debugText: String? = nil
    ) {
        self.value = value
        self.conversion = conversion
        self.formatSpec = formatSpec
        self.debugText = debugText
    }
}

/// An entry of a dict display.
public enum DictItem: Equatable, Sendable {
    /// `key: value`.
    case pair(key: Expr, value: Expr)
    /// `**mapping`.
    case unpack(Expr)
}

/// An argument in a call (or a base/keyword in a class header).
public enum Argument: Equatable, Sendable {
    /// `value`.
    case positional(Expr)
    /// `name=value`.
    case keyword(name: String, value: Expr)
    /// `*iterable`.
    case star(Expr)
    /// `**mapping`.
    case doubleStar(Expr)
}

/// One comparison step of a chain such as `< b` in `a < b < c`.
public struct Comparison: Equatable, Sendable {
    /// The operator.
    public var op: CompareOperator
    /// The right-hand operand.
    public var right: Expr

    /// Creates a comparison step.
    public init(_ op: CompareOperator, _ right: Expr) {
        self.op = op
        self.right = right
    }
}

/// A `for ... in ... if ...` clause of a comprehension.
public struct Comprehension: Equatable, Sendable {
    /// The loop target.
    public var target: Expr
    /// The iterable.
    public var iterable: Expr
    /// The `if` filters, all of which must hold.
    public var conditions: [Expr]

    /// Creates a comprehension clause.
    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// The parameter list of a `def` or `lambda`.
public struct Parameters: Equatable, Sendable {
    /// Parameters before `/`.
    public var positionalOnly: [Parameter]
    /// Ordinary parameters.
    public var regular: [Parameter]
    /// The name after `*`, if any.
    public var varArgs: Parameter?
    /// Parameters after `*` or `*args`.
    public var keywordOnly: [Parameter]
    /// The name after `**`, if any.
    public var varKeywords: Parameter?

    /// Creates a parameter list.
    public init(
        positionalOnly: [Parameter] = [], regular: [Parameter] = [], varArgs: Parameter? = nil,
        keywordOnly: [Parameter] = [], varKeywords: Parameter? = nil
    ) {
        self.positionalOnly = positionalOnly
        self.regular = regular
        self.varArgs = varArgs
        self.keywordOnly = keywordOnly
        self.varKeywords = varKeywords
    }
}

/// One parameter: its name, default value and annotation.
public struct Parameter: Equatable, Sendable {
    /// The parameter's name.
    public var name: String
    /// The default value, evaluated once when the function is defined.
    public var defaultValue: Expr?
    /// The annotation (kept for signatures, never evaluated).
    public var annotation: Expr?
    /// Where the name stands.
    public var location: SourceLocation

    /// Creates a parameter.
    public init(
        name: String, defaultValue: Expr? = nil, annotation: Expr? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.annotation = annotation
        self.location = location
    }
}

/// A `def` statement.
public struct FunctionDef: Equatable, Sendable {
    /// The function's name.
    public var name: String
    /// Its parameters.
    public var parameters: Parameters
    /// Its body.
    public var body: [Stmt]
    /// Decorators, outermost first.
    public var decorators: [Expr]
    /// The return annotation (never evaluated).
    public var returns: Expr?

    /// Creates a function definition.
    public init(
        name: String, parameters: Parameters, body: [Stmt], decorators: [Expr] = [],
        returns: Expr? = nil
    ) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

/// A `class` statement.
public struct ClassDef: Equatable, Sendable {
    /// The class's name.
    public var name: String
    /// Bases and keywords of the header, in order.
    public var bases: [Argument]
    /// The class body.
    public var body: [Stmt]
    /// Decorators, outermost first.
    public var decorators: [Expr]

    /// Creates a class definition.
    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr] = []) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
    }
}

/// An `except` clause.
public struct ExceptHandler: Equatable, Sendable {
    /// The exception type (or tuple of types) matched; `nil` for a bare `except:`.
    public var type: Expr?
    /// The name after `as`.
    public var name: String?
    /// The handler body.
    public var body: [Stmt]
    /// Where `except` stands.
    public var location: SourceLocation

    /// Creates an except clause.
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

/// One `context as target` item of a `with` statement.
public struct WithItem: Equatable, Sendable {
    /// The context manager expression.
    public var context: Expr
    /// The target after `as`.
    public var target: Expr?

    /// Creates a with item.
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `name as alias` in an import.
public struct ImportAlias: Equatable, Sendable {
    /// The (possibly dotted) name imported.
    public var name: String
    /// The name bound instead, if given.
    public var alias: String?
    /// Where the name stands.
    public var location: SourceLocation

    /// Creates an import alias.
    public init(name: String, alias: String?, location: SourceLocation) {
        self.name = name
        self.alias = alias
        self.location = location
    }
}

/// Binary operators, also used by augmented assignment.
public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `@`
    case matrixMultiply = "@"
    /// `/`
    case divide = "/"
    /// `//`
    case floorDivide = "//"
    /// `%`
    case modulo = "%"
    /// `**`
    case power = "**"
    /// `<<`
    case leftShift = "<<"
    /// `>>`
    case rightShift = ">>"
    /// `|`
    case bitOr = "|"
    /// `^`
    case bitXor = "^"
    /// `&`
    case bitAnd = "&"
}

/// Unary operators.
public enum UnaryOperator: String, Equatable, Sendable, CaseIterable {
    /// `-x`
    case negate = "-"
    /// `+x`
    case plus = "+"
    /// `~x`
    case invert = "~"
    /// `not x`
    case not = "not"
}

/// `and` / `or`.
public enum BooleanOperator: String, Equatable, Sendable, CaseIterable {
    /// `and`
    case and
    /// `or`
    case or
}

/// Comparison operators.
public enum CompareOperator: String, Equatable, Sendable, CaseIterable {
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterEqual = ">="
    /// `is`
    case `is` = "is"
    /// `is not`
    case isNot = "is not"
    /// `in`
    case `in` = "in"
    /// `not in`
    case notIn = "not in"
}
