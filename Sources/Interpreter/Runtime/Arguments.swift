/// The arguments of a call, as native functions receive them: positional values, then keyword
/// values named by ``keywords``.
///
/// A view onto the interpreter's value stack, valid only during the call (copy values out; never
/// keep the `Arguments` itself).
public struct Arguments {
    let base: UnsafeMutablePointer<Value>
    /// The number of positional arguments.
    public let count: Int
    /// The names of the keyword arguments, in call order.
    public let keywords: [PyStr]

    init(base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]) {
        self.base = base
        self.count = count
        self.keywords = keywords
    }

    /// The positional argument at `index`, or `.unbound` when there are fewer.
    public subscript(index: Int) -> Value {
        index >= 0 && index < count ? base[index] : .unbound
    }

    /// The number of keyword arguments.
    public var keywordCount: Int { keywords.count }

    /// The value of the keyword argument at `index` (in call order).
    public func keywordValue(at index: Int) -> Value {
        index >= 0 && index < keywords.count ? base[count + index] : .unbound
    }

    /// The value of a keyword argument, or `nil` when not given.
    public func keyword(_ name: String) -> Value? {
        for (i, k) in keywords.enumerated() where k.value == name {
            return base[count + i]
        }
        return nil
    }

    /// The positional arguments as an array.
    public var positional: [Value] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The keyword arguments as (name, value) pairs in call order.
    public var keywordPairs: [(name: String, value: Value)] {
        keywords.enumerated().map { ($0.element.value, base[count + $0.offset]) }
    }

    /// The positional arguments after the first `n` (for methods: without the receiver).
    func dropping(_ n: Int) -> Arguments {
        let k = min(n, count)
        return Arguments(base: base + k, count: count - k, keywords: keywords)
    }
}
