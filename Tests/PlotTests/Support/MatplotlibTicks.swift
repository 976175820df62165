import Foundation

/// The reference `matplotlib/ticks.json`: ticks and autoscaled limits matplotlib 3.7.2 chose,
/// written by `scripts/reference/matplotlib-ticks.py`.
struct MatplotlibTicks: Decodable {
    struct Tick: Decodable {
        let loc: Double
        let label: String
    }

    struct AxisTicks: Decodable {
        let major: [Tick]
        let minor: [Tick]
        let offset: String
    }

    struct TickCase: Decodable {
        let name: String
        let figsize: [Double]
        let axis: String
        let scale: String
        let limits: [Double]
        let tick_space: Int
        let major: [Tick]
        let minor: [Tick]
        let offset: String
    }

    /// One plotting call: a method name and its arguments (numbers or lists of numbers).
    struct Call: Decodable {
        let method: String
        let arguments: [String: Argument]

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            method = try container.decode(String.self)
            arguments = try container.decode([String: Argument].self)
        }
    }

    enum Argument: Decodable {
        case number(Double)
        case text(String)
        case list([Double])
        case matrix([[Double]])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let list = try? container.decode([Double].self) {
                self = .list(list)
            } else {
                self = .matrix(try container.decode([[Double]].self))
            }
        }

        var values: [Double] {
            switch self {
            case .number(let value): return [value]
            case .list(let values): return values
            case .matrix(let rows): return rows.flatMap { $0 }
            case .text: return []
            }
        }
    }

    struct AutoscaleCase: Decodable {
        let name: String
        let figsize: [Double]
        let calls: [Call]
        let xlim: [Double]
        let ylim: [Double]
        let x: AxisTicks
        let y: AxisTicks
    }

    let matplotlib: String
    let ticks: [TickCase]
    let autoscale: [AutoscaleCase]

    static func load() throws -> MatplotlibTicks {
        try JSONDecoder().decode(MatplotlibTicks.self, from: Golden.read("matplotlib/ticks.json"))
    }
}
