/// Keras 2.15's progress bar (`keras.utils.Progbar`) as a Jupyter notebook finally shows it.
///
/// Keras redraws the bar during an epoch with backspaces and carriage returns; a notebook keeps
/// only what the last redraw wrote, so this writes just that: the finished line of each epoch
/// (or of `evaluate` and `predict`).
///
/// ```text
/// 32/32 [==============================] - 0s 2ms/step - loss: 0.1234 - accuracy: 0.5000
/// 32/32 - 0s - loss: 0.1234 - accuracy: 0.5000 - 120ms/epoch - 4ms/step
/// ```
///
/// The first form is `verbose=1`, the second `verbose=2`. Metric values have four decimals, or
/// `e` notation when small (`1.2346e-04`). Keras pads a finished line with spaces when the
/// redraw before it was longer; such a redraw depends on timing (and the bar's first redraw is
/// no longer than the last in practice), so no padding is written.
///
/// The durations are the one part that differs from TensorFlow's run to run; a doc-test masks
/// them with `timingPattern`.
public struct ProgressBar {
    /// Matches every duration in progress lines, and nothing else of them: the `2s 11ms/step`
    /// of a `verbose=1` line, the `1s` after the step count and the `120ms/epoch` and
    /// `4ms/step` of a `verbose=2` line (durations are whole seconds, `ms` or `us`).
    ///
    /// A doc-test replaces each match with one placeholder in both the expected and the
    /// actual output before comparing. The pattern uses a fixed-length look-behind and
    /// multi-line anchors, which both ICU (`NSRegularExpression`) and Python's `re` accept.
    public static let timingPattern =
        #"(?m)(?<= - )(?:\d+s \d+(?:s|ms|us)/step|\d+(?:s|ms|us)/(?:epoch|step)|\d+s(?= - |$))"#

    /// The number of steps, or `nil` when unknown (`   7/Unknown`).
    public let target: Int?
    /// 1 for the bar, 2 for one line per epoch.
    public let verbose: Int
    /// What is counted (`step`).
    public let unitName: String
    private let start: Double
    private var firstStepTime: Double?
    private var epochEndTime: Double?

    /// A bar for `target` steps started at time `now` (seconds).
    public init(target: Int?, verbose: Int, unitName: String = "step", now: Double) {
        self.target = target
        self.verbose = verbose
        self.unitName = unitName
        self.start = now
    }

    /// Records that step `current` ended at time `now` (Keras's batch update, which the
    /// notebook overwrites; the first step's time sets the per-step estimate).
    public mutating func stepEnded(_ current: Int, now: Double) {
        if current == 1 && firstStepTime == nil { firstStepTime = now }
        if current == target { epochEndTime = now }
    }

    /// The finished line for `current` steps with `values`, ending in a newline (empty for
    /// `verbose` 0).
    public mutating func finish(current: Int, values: TrainingLogs, now: Double) -> String {
        if current == target { epochEndTime = now }
        switch verbose {
        case 1: return barLine(current: current, values: values, now: now)
        case 2: return summaryLine(current: current, values: values, now: now)
        default: return ""
        }
    }

    private func barLine(current: Int, values: TrainingLogs, now: Double) -> String {
        var line: String
        if let target {
            let digits = String(target).count
            line = Self.padded(current, digits) + "/\(target) ["
            let progress = Double(current) / Double(target)
            let width = Int(30 * progress)
            if width > 0 {
                line += String(repeating: "=", count: width - 1)
                line += current < target ? ">" : "="
            }
            line += String(repeating: ".", count: Swift.max(30 - width, 0)) + "]"
        } else {
            line = Self.padded(current, 7) + "/Unknown"
        }
        line += " - " + Self.seconds(now - start)
        line += Self.duration(perStep(current: current, now: now), unitName)
        for (name, value) in values.entries {
            line += " - \(name): " + Self.metric(value, absolute: true)
        }
        return line + "\n"
    }

    private func summaryLine(current: Int, values: TrainingLogs, now: Double) -> String {
        let shown = target ?? current
        var line = Self.padded(current, String(shown).count) + "/\(shown)"
        line += " - " + Self.seconds(now - start)
        for (name, value) in values.entries {
            line += " - \(name): " + Self.metric(value, absolute: false)
        }
        if let end = epochEndTime {
            let epochTime = end - start
            line += " -" + Self.duration(epochTime, "epoch")
            line += " -" + Self.duration(epochTime / Double(shown), unitName)
        }
        return line + "\n"
    }

    /// Keras's estimate: the time since the first step over the later steps, or the average.
    private func perStep(current: Int, now: Double) -> Double {
        guard current > 0 else { return 0 }
        if let firstStepTime, current > 1 {
            return (now - firstStepTime) / Double(current - 1)
        }
        return (now - start) / Double(current)
    }

    /// `value` right-aligned in `width` columns (`%4d`).
    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: Swift.max(width - text.count, 0)) + text
    }

    /// Whole seconds: `0s`.
    private static func seconds(_ value: Double) -> String {
        PythonFormat.fixed(value, decimals: 0) + "s"
    }

    /// Keras's `_format_time`: ` 2s/step`, ` 11ms/step`, ` 250us/step`.
    static func duration(_ value: Double, _ unit: String) -> String {
        if value >= 1 || value == 0 {
            return " " + PythonFormat.fixed(value, decimals: 0) + "s/" + unit
        }
        if value >= 1e-3 {
            return " " + PythonFormat.fixed(value * 1000, decimals: 0) + "ms/" + unit
        }
        return " " + PythonFormat.fixed(value * 1_000_000, decimals: 0) + "us/" + unit
    }

    /// A metric value: four decimals above 1e-3 (in absolute value for the bar), else `e`
    /// notation with four decimals.
    static func metric(_ value: Double, absolute: Bool) -> String {
        let large = absolute ? Swift.abs(value) > 1e-3 : value > 1e-3
        return large
            ? PythonFormat.fixed(value, decimals: 4) : PythonFormat.scientific(value, decimals: 4)
    }
}
