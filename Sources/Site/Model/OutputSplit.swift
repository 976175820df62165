import Syntax

/// Guesses, from a cell's code, whether its output is a displayed value or printed text,
/// for outputs recorded as one text.
enum OutputSplit {
    /// Whether the cell's last statement is an expression IPython displays.
    ///
    /// A call of `print` is not displayed, nor is a statement silenced by a trailing `;`;
    /// code that does not parse counts as not displayed.
    static func endsWithDisplayedExpression(_ code: String) -> Bool {
        guard let module = try? parse(code), !module.endsWithSemicolon,
            let last = module.body.last
        else { return false }
        guard case .expr(let expression) = last.kind else { return false }
        if case .call(let callee, _) = expression.kind, case .name(let name) = callee.kind,
            name == "print"
        {
            return false
        }
        return true
    }
}
