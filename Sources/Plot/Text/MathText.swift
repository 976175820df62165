/// The part of matplotlib's mathtext that labels use: `$…$` spans with italic variables,
/// `^` superscripts, `_` subscripts, Greek letters and common symbols, `\mathrm{…}`, and
/// space around operators.
///
/// As in matplotlib, a string is math only when it has an even, non-zero number of
/// unescaped dollar signs; outside the spans text is plain (`\$` is a dollar). Commands this
/// subset does not know are shown as written.
enum MathText {
    /// The rich text a label string shows.
    static func parse(_ string: String) -> RichText {
        let dollars = string.components(separatedBy: "$").count - 1
        let escaped = string.components(separatedBy: "\\$").count - 1
        let count = dollars - escaped
        guard count > 0 && count % 2 == 0 else { return RichText(string) }
        var runs: [RichText.Run] = []
        var plain = ""
        var math = ""
        var inMath = false
        let characters = Array(string)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\" && index + 1 < characters.count && characters[index + 1] == "$" {
                if inMath { math += "\\$" } else { plain += "$" }
                index += 2
                continue
            }
            if character == "$" {
                if inMath {
                    var parser = Parser(Array(math))
                    runs += parser.runs()
                    math = ""
                } else {
                    runs.append(RichText.Run(plain))
                    plain = ""
                }
                inMath.toggle()
            } else if inMath {
                math.append(character)
            } else {
                plain.append(character)
            }
            index += 1
        }
        runs.append(RichText.Run(plain))
        return RichText(runs: merged(runs))
    }

    /// Neighbouring runs set alike joined into one.
    private static func merged(_ runs: [RichText.Run]) -> [RichText.Run] {
        var result: [RichText.Run] = []
        for run in runs where !run.text.isEmpty {
            if var last = result.last, last.shift == run.shift, last.isItalic == run.isItalic,
                run.spaceBefore == 0
            {
                last.text += run.text
                result[result.count - 1] = last
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// Reads one math span into runs.
    private struct Parser {
        let characters: [Character]
        var index = 0
        /// Whether the previous atom can be the left operand of a binary operator.
        var afterOperand = false
        /// Space (in ems) owed to the next run: after an operator, or from `\,`.
        var pendingSpace = 0.0

        init(_ characters: [Character]) {
            self.characters = characters
        }

        mutating func runs() -> [RichText.Run] {
            var result: [RichText.Run] = []
            while index < characters.count {
                result += atom(shift: .none, upright: false)
            }
            return result
        }

        /// A run, taking the space owed to it.
        private mutating func make(_ text: String, _ shift: RichText.Shift, italic: Bool = false)
            -> RichText.Run
        {
            defer { pendingSpace = 0 }
            return RichText.Run(text, shift: shift, italic: italic, spaceBefore: pendingSpace)
        }

        /// One atom with the scripts that follow it.
        private mutating func atom(shift: RichText.Shift, upright: Bool) -> [RichText.Run] {
            var result = nucleus(shift: shift, upright: upright)
            var previousScriptWidth: Double?
            while index < characters.count, characters[index] == "^" || characters[index] == "_" {
                let script: RichText.Shift = characters[index] == "^" ? .superscript : .`subscript`
                index += 1
                // Scripts of scripts stay at the first script's level.
                let level = shift == .none ? script : shift
                let saved = afterOperand
                afterOperand = false
                var scripts = group(shift: level, upright: upright)
                afterOperand = saved
                let width = MathText.width(of: scripts)
                if let previous = previousScriptWidth, let first = scripts.first, shift == .none {
                    // A superscript and a subscript on one atom stand one above the other:
                    // the second starts where the first did, and the wider one sets the width.
                    scripts[0].spaceBefore = first.spaceBefore - previous
                    if previous > width { pendingSpace += previous - width }
                }
                previousScriptWidth = width
                result += scripts
            }
            return result
        }

        /// A braced group or a single atom.
        private mutating func group(shift: RichText.Shift, upright: Bool) -> [RichText.Run] {
            guard index < characters.count else { return [] }
            guard characters[index] == "{" else { return nucleus(shift: shift, upright: upright) }
            index += 1
            var result: [RichText.Run] = []
            while index < characters.count && characters[index] != "}" {
                result += atom(shift: shift, upright: upright)
            }
            index += 1
            return result
        }

        private mutating func nucleus(shift: RichText.Shift, upright: Bool) -> [RichText.Run] {
            let character = characters[index]
            switch character {
            case "{":
                return group(shift: shift, upright: upright)
            case "}", " ":
                // A stray brace; spaces in math are ignored, as in TeX.
                index += 1
                return []
            case "\\":
                index += 1
                return command(shift: shift, upright: upright)
            case "'":
                index += 1
                afterOperand = true
                return [make("\u{2032}", shift)]
            default:
                index += 1
                return symbol(
                    String(character), shift: shift, italic: !upright && character.isLetter)
            }
        }

        /// A character or symbol; binary operators and relations get space on both sides.
        private mutating func symbol(_ text: String, shift: RichText.Shift, italic: Bool)
            -> [RichText.Run]
        {
            let shown = text == "-" ? "\u{2212}" : text
            let isOperator = MathText.operators.contains(shown)
            if isOperator && afterOperand && shift == .none {
                pendingSpace += MathText.operatorSpace
                let run = make(shown, shift)
                pendingSpace = MathText.operatorSpace
                afterOperand = false
                return [run]
            }
            afterOperand = !isOperator && shown != "(" && shown != "["
            return [make(shown, shift, italic: italic)]
        }

        private mutating func command(shift: RichText.Shift, upright: Bool) -> [RichText.Run] {
            guard index < characters.count else { return [make("\\", shift)] }
            var name = ""
            while index < characters.count, characters[index].isLetter {
                name.append(characters[index])
                index += 1
            }
            if name.isEmpty {
                let character = characters[index]
                index += 1
                switch character {
                case ",": pendingSpace += 0.167
                case ":", ";", " ": pendingSpace += 0.222
                case "!": pendingSpace -= 0.167
                default:
                    afterOperand = true
                    return [make(String(character), shift)]
                }
                return []
            }
            switch name {
            case "mathrm", "mathdefault", "text", "mathsf", "operatorname":
                return group(shift: shift, upright: true)
            case "mathit", "mathbf", "mathcal", "mathbb", "boldsymbol":
                return group(shift: shift, upright: false)
            case "frac", "dfrac", "tfrac":
                let numerator = group(shift: shift, upright: upright)
                let denominator = group(shift: shift, upright: upright)
                return numerator + [make("/", shift)] + denominator
            case "sqrt":
                return [make("\u{221A}", shift)] + group(shift: shift, upright: upright)
            case "left", "right", "big", "Big", "bigg", "Bigg":
                return []
            default:
                if MathText.functions.contains(name) {
                    afterOperand = true
                    return [make(name, shift)]
                }
                if let symbol = MathText.symbols[name] {
                    // Lowercase Greek is italic in mathtext, capitals upright.
                    let isLowercaseGreek =
                        symbol.unicodeScalars.first.map { (0x3B1...0x3F5).contains($0.value) }
                        ?? false
                    return self.symbol(symbol, shift: shift, italic: !upright && isLowercaseGreek)
                }
                afterOperand = true
                return [make("\\" + name, shift)]
            }
        }
    }

    /// Space on each side of a binary operator or relation, in ems (measured on
    /// matplotlib's DejaVu Sans mathtext).
    static let operatorSpace = 0.195

    /// The width of script runs in ems, as `FontMetrics.measure` counts them.
    static func width(of runs: [RichText.Run]) -> Double {
        FontMetrics.dejaVuSans.measure(RichText(runs: runs), size: 1).width
    }

    /// Binary operators and relations (mathtext spaces them).
    static let operators: Set<String> = [
        "+", "\u{2212}", "=", "<", ">", "\u{00D7}", "\u{22C5}", "\u{00B1}", "\u{2213}", "\u{00F7}",
        "\u{2264}",
        "\u{2265}", "\u{2260}", "\u{2248}", "\u{223C}", "\u{2261}", "\u{221D}", "\u{2208}",
        "\u{2209}", "\u{2192}",
        "\u{2190}", "\u{21D2}", "\u{2194}", "\u{21A6}", "\u{2282}", "\u{222A}", "\u{2229}",
        "\u{2218}",
    ]

    /// Function names set upright (`\sin x`).
    static let functions: Set<String> = [
        "sin", "cos", "tan", "log", "ln", "exp", "max", "min", "arg", "lim", "sup", "inf", "det",
        "sinh", "cosh",
        "tanh", "arcsin", "arccos", "arctan", "sec", "csc", "cot",
    ]

    /// Commands and the characters they stand for.
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
        "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
        "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
        "Lambda": "Λ", "Xi": "Ξ",
        "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "infty": "∞", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫",
        "cdot": "⋅",
        "times": "×", "div": "÷", "pm": "±", "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥",
        "ge": "≥", "neq": "≠",
        "ne": "≠", "approx": "≈", "sim": "∼", "equiv": "≡", "propto": "∝", "in": "∈", "notin": "∉",
        "subset": "⊂", "cup": "∪", "cap": "∩", "rightarrow": "→", "to": "→", "leftarrow": "←",
        "Rightarrow": "⇒", "leftrightarrow": "↔", "mapsto": "↦", "ldots": "…", "cdots": "⋯",
        "prime": "′",
        "circ": "∘", "degree": "°", "ell": "ℓ", "hbar": "ħ", "forall": "∀", "exists": "∃",
        "langle": "⟨",
        "rangle": "⟩", "lbrace": "{", "rbrace": "}", "top": "⊤", "star": "⋆", "ast": "∗",
        "dagger": "†",
        "emptyset": "∅", "neg": "¬", "wedge": "∧", "vee": "∨", "percent": "%",
    ]
}
