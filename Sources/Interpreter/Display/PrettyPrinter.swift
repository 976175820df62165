/// IPython's line-breaking pretty printer (`IPython.lib.pretty`): groups that do not fit in
/// the width break at all their breakables, outermost groups first, with the same queueing
/// rules as IPython 8 so that wrapped output matches it exactly.
final class PrettyPrinter {
    /// A group of breakables that break together.
    final class Group {
        let depth: Int
        var breakables: [Breakable] = []
        var breakableHead = 0
        var wantBreak = false

        init(depth: Int) {
            self.depth = depth
        }

        var hasBreakables: Bool { breakableHead < breakables.count }

        func popBreakable() {
            breakableHead += 1
        }
    }

    /// A separator that is either printed or replaced by a newline.
    final class Breakable {
        let separator: String
        let width: Int
        let indentation: Int
        unowned let group: Group

        init(_ separator: String, width: Int, indentation: Int, group: Group) {
            self.separator = separator
            self.width = width
            self.indentation = indentation
            self.group = group
        }
    }

    /// Pending text.
    final class TextItem {
        var pieces: [String] = []
        var width = 0
    }

    /// An item waiting in the buffer.
    enum Item {
        case text(TextItem)
        case breakable(Breakable)

        var width: Int {
            switch self {
            case .text(let t): return t.width
            case .breakable(let b): return b.width
            }
        }
    }

    let maxWidth: Int
    let maxSequenceLength: Int
    private(set) var output = ""
    private var outputWidth = 0
    private var bufferWidth = 0
    private var buffer: [Item] = []
    private var bufferHead = 0
    private var groupStack: [Group]
    private var queue: [[Group]] = []
    var indentation = 0

    init(maxWidth: Int = 79, maxSequenceLength: Int = 1000) {
        self.maxWidth = maxWidth
        self.maxSequenceLength = maxSequenceLength
        let root = Group(depth: 0)
        groupStack = [root]
        enqueue(root)
    }

    private var bufferIsEmpty: Bool { bufferHead >= buffer.count }

    private func popBufferFront() -> Item {
        let item = buffer[bufferHead]
        bufferHead += 1
        if bufferHead > 64 && bufferHead * 2 > buffer.count {
            buffer.removeFirst(bufferHead)
            bufferHead = 0
        }
        return item
    }

    private func emit(_ item: Item) {
        switch item {
        case .text(let t):
            for p in t.pieces {
                output += p
            }
            outputWidth += t.width
        case .breakable(let b):
            b.group.popBreakable()
            if b.group.wantBreak {
                output += "\n" + String(repeating: " ", count: b.indentation)
                outputWidth = b.indentation
            } else {
                if !b.group.hasBreakables { remove(b.group) }
                output += b.separator
                outputWidth += b.width
            }
        }
    }

    // MARK: - Group queue

    private func enqueue(_ group: Group) {
        while group.depth > queue.count - 1 {
            queue.append([])
        }
        queue[group.depth].append(group)
    }

    /// Takes the outermost group that still has breakables and marks it broken; groups of
    /// shallower levels without breakables are marked broken and dropped on the way.
    private func dequeue() -> Group? {
        for level in queue.indices {
            let stack = queue[level]
            for (index, group) in stack.reversed().enumerated() where group.hasBreakables {
                // IPython deletes by the position counted from the end but applied from the
                // front; the same group choice and deletion keep outputs identical.
                queue[level].remove(at: index)
                group.wantBreak = true
                return group
            }
            for group in stack {
                group.wantBreak = true
            }
            queue[level].removeAll()
        }
        return nil
    }

    private func remove(_ group: Group) {
        guard group.depth < queue.count else { return }
        if let i = queue[group.depth].firstIndex(where: { $0 === group }) {
            queue[group.depth].remove(at: i)
        }
    }

    private func breakOne(_ group: Group) {
        while group.hasBreakables && !bufferIsEmpty {
            let item = popBufferFront()
            emit(item)
            bufferWidth -= item.width
        }
        while !bufferIsEmpty, case .text = buffer[bufferHead] {
            let item = popBufferFront()
            emit(item)
            bufferWidth -= item.width
        }
    }

    private func breakOuterGroups() {
        while maxWidth < outputWidth + bufferWidth {
            guard let group = dequeue() else { return }
            breakOne(group)
        }
    }

    // MARK: - Public operations

    /// Adds literal text.
    func text(_ s: String) {
        let width = s.unicodeScalars.count
        if !bufferIsEmpty {
            let t: TextItem
            if case .text(let last) = buffer[buffer.count - 1] {
                t = last
            } else {
                t = TextItem()
                buffer.append(.text(t))
            }
            t.pieces.append(s)
            t.width += width
            bufferWidth += width
            breakOuterGroups()
        } else {
            output += s
            outputWidth += width
        }
    }

    /// Adds a separator that may become a line break.
    func breakable(_ separator: String = " ") {
        let width = separator.unicodeScalars.count
        let group = groupStack[groupStack.count - 1]
        if group.wantBreak {
            flush()
            output += "\n" + String(repeating: " ", count: indentation)
            outputWidth = indentation
            bufferWidth = 0
        } else {
            let b = Breakable(separator, width: width, indentation: indentation, group: group)
            group.breakables.append(b)
            buffer.append(.breakable(b))
            bufferWidth += width
            breakOuterGroups()
        }
    }

    /// Forces a line break (used between the lines of a multi-line repr).
    func forceBreak() {
        if let group = dequeue() {
            breakOne(group)
        }
        flush()
        output += "\n" + String(repeating: " ", count: indentation)
        outputWidth = indentation
        bufferWidth = 0
    }

    /// Opens a group: `open` is printed and continuation lines get `indent` more spaces.
    func beginGroup(_ indent: Int = 0, _ open: String = "") {
        if !open.isEmpty { text(open) }
        let group = Group(depth: groupStack[groupStack.count - 1].depth + 1)
        groupStack.append(group)
        enqueue(group)
        indentation += indent
    }

    /// Closes the innermost group.
    func endGroup(_ dedent: Int = 0, _ close: String = "") {
        indentation -= dedent
        let group = groupStack.removeLast()
        if !group.hasBreakables { remove(group) }
        if !close.isEmpty { text(close) }
    }

    /// Writes everything buffered.
    func flush() {
        while !bufferIsEmpty {
            let item = popBufferFront()
            emit(item)
        }
        buffer.removeAll()
        bufferHead = 0
        bufferWidth = 0
    }
}
