import Testing

@testable import Syntax

/// The tokenizer: indentation, line joining, numbers, strings and f-strings.
@Suite struct LexerTests {
    /// The tokens of `source`, spelled `name x`, `number 1`, `op (`, `keyword if`, ...
    func kinds(_ source: String) throws -> [String] {
        var lexer = Lexer(source)
        let stream = lexer.tokenize()
        return stream.tokens.map { token in
            switch token.kind {
            case .name: return "name \(stream.name(of: token))"
            case .number: return "number \(stream.number(of: token))"
            case .string: return "string"
            case .keyword(let keyword): return "keyword \(keyword.rawValue)"
            case .op(let op): return "op \(op.rawValue)"
            case .newline: return "newline"
            case .indent: return "indent"
            case .dedent: return "dedent"
            case .endOfInput: return "end"
            case .deferredError: return "error \(stream.deferredError?.message ?? "")"
            }
        }
    }

    func value(_ source: String) throws -> ExprKind? {
        let module = try parse(source)
        guard case .expr(let expression) = module.body.first?.kind else { return nil }
        return expression.kind
    }

    @Test func emitsIndentAndDedentTokens() throws {
        #expect(
            try kinds("if x:\n    y\nz\n")
                == [
                    "keyword if", "name x", "op :", "newline", "indent", "name y",
                    "newline", "dedent", "name z", "newline", "end",
                ])
    }

    @Test func closesOpenBlocksAtTheEnd() throws {
        #expect(
            try kinds("if a:\n  if b:\n    c")
                == [
                    "keyword if", "name a", "op :", "newline", "indent", "keyword if",
                    "name b", "op :", "newline", "indent", "name c", "newline", "dedent",
                    "dedent", "end",
                ])
    }

    @Test func ignoresBlankAndCommentLinesForIndentation() throws {
        #expect(
            try kinds("if x:\n\n        # deep comment\n  y\n")
                == [
                    "keyword if", "name x", "op :", "newline", "indent", "name y",
                    "newline", "dedent", "end",
                ])
    }

    @Test func joinsLinesInsideBracketsAndAfterBackslash() throws {
        #expect(
            try kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n")
                == [
                    "name x", "op =", "op (", "number int(1)", "op ,", "number int(2)", "op )",
                    "newline", "name y", "op =", "number int(1)", "op +", "number int(2)",
                    "newline", "end",
                ])
    }

    @Test func tracksLinesAndColumnsInScalars() throws {
        var lexer = Lexer("é = 'ü'\n  \n\tx")
        let tokens = lexer.tokenize().tokens
        #expect(tokens[0].start == SourceLocation(line: 1, column: 1))
        #expect(tokens[1].start == SourceLocation(line: 1, column: 3))
        #expect(tokens[2].start == SourceLocation(line: 1, column: 5))
        #expect(tokens[2].end == SourceLocation(line: 1, column: 8))
        #expect(tokens[5].kind == .name)
        #expect(tokens[5].start == SourceLocation(line: 3, column: 2))
    }

    @Test func convertsIntegersOfAnySize() throws {
        #expect(try value("1_000") == .constant(.int(1000)))
        #expect(try value("0xff") == .constant(.int(255)))
        #expect(try value("0o777") == .constant(.int(511)))
        #expect(try value("0B1010") == .constant(.int(10)))
        #expect(try value("9223372036854775807") == .constant(.int(Int.max)))
        #expect(try value("9223372036854775808") == .constant(.bigInt("9223372036854775808")))
        #expect(try value("0x1_0000_0000_0000_0000") == .constant(.bigInt("18446744073709551616")))
        #expect(
            try value("0b" + String(repeating: "1", count: 70))
                == .constant(.bigInt("1180591620717411303423")))
        #expect(
            try value("0o" + String(repeating: "7", count: 25))
                == .constant(.bigInt("37778931862957161709567")))
        #expect(try value("000") == .constant(.int(0)))
    }

    @Test func convertsFloats() throws {
        #expect(try value("1e-7") == .constant(.float(1e-7)))
        #expect(try value("1.") == .constant(.float(1)))
        #expect(try value(".5") == .constant(.float(0.5)))
        #expect(try value("1_0.0") == .constant(.float(10)))
        #expect(try value("1E+3") == .constant(.float(1000)))
        #expect(try value("0.1") == .constant(.float(0.1)))
        #expect(try value("1e309") == .constant(.float(.infinity)))
    }

    @Test func resolvesEscapes() throws {
        #expect(try value(#"'a\tb\n\\\'\"'"#) == .constant(.string("a\tb\n\\'\"")))
        #expect(
            try value(#"'\x41\u00e9\U0001F600\101\0\7'"#) == .constant(.string("Aé😀A\u{0}\u{7}")))
        #expect(try value(#"'\777\8\d'"#) == .constant(.string("ǿ\\8\\d")))
        #expect(try value(#"'\N{greek small letter alpha}'"#) == .constant(.string("α")))
        #expect(try value(#"r'\n\'' R"\d""#) == .constant(.string(#"\n\'\d"#)))
        #expect(try value("'a\\\nb'") == .constant(.string("ab")))
        #expect(try value("'''one\ntwo'''") == .constant(.string("one\ntwo")))
        #expect(try value("U'u' 'v' \"w\"") == .constant(.string("uvw")))
    }

    @Test func splitsFormattedStrings() throws {
        guard case .formattedString(let parts) = try value("f'a{x!r:>{w}}b{{c}}' 'd'") else {
            Issue.record("not an f-string")
            return
        }
        #expect(parts.count == 3)
        #expect(parts[0] == .literal("a"))
        #expect(parts[2] == .literal("b{c}d"))
        guard case .field(let field) = parts[1] else {
            Issue.record("no field")
            return
        }
        #expect(field.value.kind == .name("x"))
        #expect(field.value.location == SourceLocation(line: 1, column: 5))
        #expect(field.conversion == "r")
        #expect(field.formatSpec?.count == 2)
        #expect(field.formatSpec?.first == .literal(">"))
    }

    @Test func keepsDebugTextOfSelfDocumentingFields() throws {
        guard case .formattedString(let parts) = try value("f'{x + 1 = }'"),
            case .field(let field) = parts.first
        else {
            Issue.record("no field")
            return
        }
        #expect(field.debugText == "x + 1 = ")
        #expect(field.conversion == "r")
    }

    @Test func parsesNestedFormattedStringsAndQuotes() throws {
        guard case .formattedString(let parts) = try value(#"f"{f'{x}' + d['k']:{'>'}10}""#),
            case .field(let field) = parts.first
        else {
            Issue.record("no field")
            return
        }
        guard case .binary(let left, .add, _) = field.value.kind else {
            Issue.record("not a sum")
            return
        }
        guard case .formattedString = left.kind else {
            Issue.record("inner f-string lost")
            return
        }
        #expect(field.formatSpec?.count == 2)
    }

    @Test func normalizesLineEndings() throws {
        let module = try parse("a = 1\r\nb = '''x\r\ny'''\rc = 3")
        #expect(module.body.count == 3)
        guard case .assign(_, let value) = module.body[1].kind else {
            Issue.record("not an assignment")
            return
        }
        #expect(value.kind == .constant(.string("x\ny")))
        #expect(module.body[2].location == SourceLocation(line: 4, column: 1))
    }

    @Test func recordsATrailingSemicolon() throws {
        #expect(try parse("x;").endsWithSemicolon)
        #expect(try parse("x; # quiet\n\n").endsWithSemicolon)
        #expect(try !parse("x").endsWithSemicolon)
        #expect(try !parse("x; y").endsWithSemicolon)
        #expect(try !parse("if x: y;\nz").endsWithSemicolon)
    }
}

/// Identifiers are compared after NFKC normalization, as in Python.
@Suite struct IdentifierNormalizationTests {
    @Test func normalizesCompatibilityCharacters() throws {
        let module = try parse("ﬁle = 1\nℌ = 2")
        guard case .assign(let first, _) = module.body[0].kind,
            case .assign(let second, _) = module.body[1].kind
        else {
            Issue.record("not assignments")
            return
        }
        #expect(first.first?.kind == .name("file"))
        #expect(second.first?.kind == .name("H"))
    }
}
