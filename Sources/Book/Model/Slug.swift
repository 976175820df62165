/// Stable ids for headings and cells: slugs made unique within a chapter.
struct SlugSet {
    private var used: Set<String> = []

    /// A slug of a heading's text.
    ///
    /// Letters and digits are lowercased, runs of spaces and hyphens become one hyphen,
    /// underscores stay, anything else is dropped; `section` when nothing is left.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "_"
            {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug += String(scalar).lowercased()
            } else if scalar == "-" || scalar.properties.isWhitespace {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// Returns `base`, or when it is taken the first free `base-1`, `base-2`, …, and marks it
    /// as used.
    mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var suffix = 1
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        return "\(base)-\(suffix)"
    }
}
