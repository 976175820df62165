import Escaping
import Syntax

/// Python code as highlighted HTML, from our own `Syntax` lexer.
enum CodeHTML {
    /// The code's HTML: each token in a `<span>` whose class names its kind (whitespace and
    /// punctuation as plain text), every character escaped.
    static func highlighted(_ code: String) -> String {
        var html = ""
        html.reserveCapacity(code.utf8.count * 3)
        for token in highlightTokens(code) {
            guard let name = className(token.kind) else {
                html += MarkupEscaping.html.escape(token.text)
                continue
            }
            html += "<span class=\"\(name)\">"
            html += MarkupEscaping.html.escape(token.text)
            html += "</span>"
        }
        return html
    }

    /// The CSS class of a token kind, or `nil` for text shown plain.
    static func className(_ kind: HighlightKind) -> String? {
        switch kind {
        case .keyword: return "kw"
        case .builtin: return "bi"
        case .definition: return "df"
        case .name: return "nm"
        case .number: return "nu"
        case .string: return "st"
        case .comment: return "cm"
        case .operator: return "op"
        case .decorator: return "dc"
        case .error: return "er"
        case .punctuation, .whitespace: return nil
        }
    }
}
