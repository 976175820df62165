import Book
import Escaping
import Runner

/// JUnit XML for CI systems (`lit test --junit FILE`): one `<testsuite>` per chapter and one
/// `<testcase>` per cell.
///
/// A test case is named `cell N (line L)` with the chapter's path as its class name and the
/// cell's run time; a failing cell has a `<failure>` whose message is the failure's first
/// line and whose text is the whole report (with the diff); a skipped cell (`norun`,
/// `nocheck`) has `<skipped/>`. A chapter that could not be read or run is a suite with one
/// `<error>` case named `chapter`.
public enum JUnitReport {
    /// The XML document for the verdicts, in the order given.
    public static func document(_ verdicts: [ChapterVerdict]) -> String {
        var total = TestTally()
        var totalTime = 0.0
        var suites = ""
        for verdict in verdicts {
            let tally = verdict.tally
            total = total + tally
            let time = verdict.cells.reduce(0.0) { $0 + ($1.result?.duration ?? 0) }
            totalTime += time
            suites += suite(verdict, tally: tally, time: time)
        }
        let errors = total.brokenChapters
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"lit test\" tests=\"\(total.passed + total.failed + total.skipped + errors)\""
            + " failures=\"\(total.failed)\" errors=\"\(errors)\" skipped=\"\(total.skipped)\""
            + " time=\"\(seconds(totalTime))\">\n" + suites + "</testsuites>\n"
    }

    private static func suite(_ verdict: ChapterVerdict, tally: TestTally, time: Double) -> String {
        let path = attribute(verdict.path)
        let broken = !verdict.outcome.problems.isEmpty
        let tests = tally.passed + tally.failed + tally.skipped + (broken ? 1 : 0)
        var text =
            "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(tally.failed)\""
            + " errors=\"\(broken ? 1 : 0)\" skipped=\"\(tally.skipped)\" time=\"\(seconds(time))\">\n"
        if broken {
            let report = verdict.outcome.problems.map(\.description).joined(separator: "\n")
            let first = verdict.outcome.problems.first?.message ?? "the chapter could not run"
            text +=
                "    <testcase classname=\"\(path)\" name=\"chapter\" time=\"0.000000\">\n"
                + "      <error message=\"\(attribute(first))\" type=\"ChapterError\">"
                + characters(report) + "</error>\n    </testcase>\n"
        }
        for cell in verdict.cells {
            let name = "cell \(cell.cell.index) (line \(cell.cell.fenceLine))"
            text +=
                "    <testcase classname=\"\(path)\" name=\"\(attribute(name))\""
                + " time=\"\(seconds(cell.result?.duration ?? 0))\""
            switch cell.outcome {
            case .passed:
                text += "/>\n"
            case .skipped:
                let why = cell.cell.options.norun ? "norun" : "nocheck"
                text += ">\n      <skipped message=\"\(why)\"/>\n    </testcase>\n"
            case .failed(let failure):
                let (message, type) = summary(failure)
                text +=
                    ">\n      <failure message=\"\(attribute(message))\""
                    + " type=\"\(attribute(type))\">"
                    + characters(failure.description)
                    + "</failure>\n    </testcase>\n"
            }
        }
        return text + "  </testsuite>\n"
    }

    private static func summary(_ failure: DocTestFailure) -> (message: String, type: String) {
        switch failure.kind {
        case .outputDiffers: return ("output differs", "OutputDiffers")
        case .unexpectedError(let type, let message):
            return (message.isEmpty ? type : "\(type): \(message)", type)
        case .missingError:
            return ("expected an exception, but the cell finished without one", "MissingError")
        }
    }

    /// Seconds with six decimals, such as `0.001250`.
    static func seconds(_ value: Double) -> String {
        let micros = value.isFinite && value > 0 ? Int((value * 1e6).rounded()) : 0
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count)
            + fraction
    }
}

/// `value` written as an XML attribute value.
private func attribute(_ value: String) -> String {
    MarkupEscaping.xmlAttribute.escape(value)
}

/// `value` written as XML character data.
private func characters(_ value: String) -> String {
    MarkupEscaping.xmlText.escape(value)
}
