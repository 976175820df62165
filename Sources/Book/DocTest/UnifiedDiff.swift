/// A unified diff of two texts, line by line, as `diff -u` prints it.
public enum UnifiedDiff {
    /// The diff from `old` to `new`.
    ///
    /// It starts with a `--- oldName` and a `+++ newName` line, then `@@` hunks with `context`
    /// unchanged lines around each change. Lines for which `same` holds count as unchanged
    /// (the doc-test passes its tolerant comparison, so a float's last digit does not show up
    /// as a change). Empty when there is no difference. Every line ends in `\n`.
    public static func make(
        old: String, new: String, oldName: String = "recorded", newName: String = "actual",
        context: Int = 3, same: (Substring, Substring) -> Bool = { $0 == $1 }
    ) -> String {
        let oldLines =
            old.isEmpty ? [] : old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines =
            new.isEmpty ? [] : new.split(separator: "\n", omittingEmptySubsequences: false)
        let script = LineDiff.script(oldLines, newLines, same: same)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var text = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script, context: max(0, context)) {
            let first = script[hunk.lowerBound]
            let oldCount = script[hunk].filter { $0.kind != .inserted }.count
            let newCount = script[hunk].filter { $0.kind != .deleted }.count
            text +=
                "@@ -\(range(first.oldIndex, oldCount)) +\(range(first.newIndex, newCount)) @@\n"
            for step in script[hunk] {
                switch step.kind {
                case .same: text += " \(oldLines[step.oldIndex])\n"
                case .deleted: text += "-\(oldLines[step.oldIndex])\n"
                case .inserted: text += "+\(newLines[step.newIndex])\n"
                }
            }
        }
        return text
    }

    /// `start,count` as `diff -u` writes it: 1-based, `,count` left out when it is 1, and the
    /// line before the hunk when it is 0.
    private static func range(_ index: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(index),0"
        case 1: return "\(index + 1)"
        default: return "\(index + 1),\(count)"
        }
    }

    /// The ranges of the script that form hunks: changes with up to `context` unchanged steps
    /// on each side, merged when their contexts touch.
    private static func hunks(_ script: [LineDiff.Step], context: Int) -> [Range<Int>] {
        var hunks: [Range<Int>] = []
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else {
                index += 1
                continue
            }
            let start = max(0, index - context)
            var end = index
            var lastChange = index
            while end < script.count {
                if script[end].kind != .same {
                    lastChange = end
                } else if end - lastChange > 2 * context {
                    break
                }
                end += 1
            }
            let stop = min(script.count, lastChange + context + 1)
            if let previous = hunks.last, previous.upperBound >= start {
                hunks[hunks.count - 1] = previous.lowerBound..<stop
            } else {
                hunks.append(start..<stop)
            }
            index = stop
        }
        return hunks
    }
}

/// The shortest edit script between two line lists (Myers' algorithm), after trimming their
/// common start and end; very different inputs fall back to replacing the middle wholesale.
enum LineDiff {
    /// One step of the script.
    struct Step: Equatable {
        /// Whether the line is kept, deleted from the old text or inserted from the new one.
        enum Kind: Equatable {
            case same, deleted, inserted
        }

        let kind: Kind
        /// The 0-based old line index (for an insertion: the old line it goes before).
        let oldIndex: Int
        /// The 0-based new line index (for a deletion: the new line it goes before).
        let newIndex: Int
    }

    /// Edit distances beyond this are not searched for; the middle is replaced instead.
    private static let maximumDistance = 1000
    /// Inputs with more differing lines than this are replaced wholesale.
    private static let maximumLines = 200_000

    static func script(
        _ old: [Substring], _ new: [Substring], same: (Substring, Substring) -> Bool
    ) -> [Step] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, same(old[prefix], new[prefix]) {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            same(old[old.count - 1 - suffix], new[new.count - 1 - suffix])
        {
            suffix += 1
        }
        var steps = (0..<prefix).map { Step(kind: .same, oldIndex: $0, newIndex: $0) }
        let oldMiddle = prefix..<(old.count - suffix)
        let newMiddle = prefix..<(new.count - suffix)
        steps += middle(old, oldMiddle, new, newMiddle, same: same)
        steps += (0..<suffix).map {
            Step(kind: .same, oldIndex: old.count - suffix + $0, newIndex: new.count - suffix + $0)
        }
        return steps
    }

    private static func middle(
        _ old: [Substring], _ oldRange: Range<Int>, _ new: [Substring], _ newRange: Range<Int>,
        same: (Substring, Substring) -> Bool
    ) -> [Step] {
        let n = oldRange.count
        let m = newRange.count
        if n == 0 || m == 0 || n + m > maximumLines {
            return replacement(oldRange, newRange)
        }
        let limit = min(n + m, maximumDistance)
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        for distance in 0...limit {
            trace.append(Array(frontier[(offset - distance - 1)...(offset + distance + 1)]))
            for diagonal in stride(from: -distance, through: distance, by: 2) {
                var x: Int
                if diagonal == -distance
                    || (diagonal != distance
                        && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                {
                    x = frontier[offset + diagonal + 1]
                } else {
                    x = frontier[offset + diagonal - 1] + 1
                }
                var y = x - diagonal
                while x < n, y < m, same(old[oldRange.lowerBound + x], new[newRange.lowerBound + y])
                {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n, y >= m {
                    found = true
                    break
                }
            }
            if found { break }
        }
        guard found else { return replacement(oldRange, newRange) }
        // Walk back through the saved frontiers to recover the path.
        var steps: [Step] = []
        var x = n
        var y = m
        for distance in stride(from: trace.count - 1, through: 0, by: -1) {
            // trace[d] holds the frontier before step d, for diagonals -d-1 ... d+1.
            let saved = trace[distance]
            let base = distance + 1
            let diagonal = x - y
            let previousDiagonal: Int
            if diagonal == -distance
                || (diagonal != distance
                    && saved[base + diagonal - 1] < saved[base + diagonal + 1])
            {
                previousDiagonal = diagonal + 1
            } else {
                previousDiagonal = diagonal - 1
            }
            let previousX = distance == 0 ? 0 : saved[base + previousDiagonal]
            let previousY = previousX - previousDiagonal
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                steps.append(
                    Step(
                        kind: .same, oldIndex: oldRange.lowerBound + x,
                        newIndex: newRange.lowerBound + y))
            }
            if distance > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(
                        Step(
                            kind: .inserted, oldIndex: oldRange.lowerBound + x,
                            newIndex: newRange.lowerBound + y))
                } else {
                    x -= 1
                    steps.append(
                        Step(
                            kind: .deleted, oldIndex: oldRange.lowerBound + x,
                            newIndex: newRange.lowerBound + y))
                }
            }
        }
        return steps.reversed()
    }

    private static func replacement(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> [Step] {
        oldRange.map { Step(kind: .deleted, oldIndex: $0, newIndex: newRange.lowerBound) }
            + newRange.map { Step(kind: .inserted, oldIndex: oldRange.upperBound, newIndex: $0) }
    }
}
