import Bindings
import Foundation
import Interpreter
import Tensors

/// Sessions with the engine's modules, for tests.
enum EngineSession {
    /// A fresh session with `tensorflow` and `numpy`, optionally working in a folder.
    static func make(seed: UInt64 = 0, workingDirectory: String? = nil) -> Session {
        var options = SessionOptions()
        options.modules = engineModules(EngineConfiguration(seed: seed))
        options.workingDirectory = workingDirectory
        options.timeLimit = 60
        return Session(options: options)
    }

    /// What a cell shows, as the reference files record it: the printed text and display,
    /// or `Type: message` for an error.
    static func shown(_ outcome: CellOutcome) -> (output: String, error: String?) {
        (outcome.shownText, outcome.error.map(\.description))
    }
}
