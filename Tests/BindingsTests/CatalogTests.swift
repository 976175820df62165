import Interpreter
import Layers
import Testing

@testable import Bindings

/// The declarations in `Catalog` make the modules scripts see: every class at each of its
/// paths, with its declared name and module, in modules named as TensorFlow names them.
@Suite struct CatalogTests {
    @Test func everyClassIsReachableAtEachOfItsExports() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf\nimport numpy as np")
        for binding in Catalog.classes {
            for path in binding.exports {
                let shown = s.run("\(path).__module__, \(path).__name__").display
                #expect(shown == "('\(binding.module)', '\(binding.name)')", "\(path)")
            }
        }
    }

    @Test func everyModuleHasTensorFlowsName() throws {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf\nimport numpy as np")
        let paths = Set(
            Catalog.classes.flatMap(\.exports).map { path in
                String(path[..<(path.lastIndex(of: ".") ?? path.endIndex)])
            })
        for path in paths.sorted() {
            let name = try #require(PublicNames.moduleName(path), "\(path) is not TensorFlow's")
            #expect(s.run("\(path).__name__").display == "'\(name)'", "\(path)")
        }
    }

    @Test func classesComeAfterTheirBases() {
        var seen = Set<ObjectIdentifier>()
        for binding in Catalog.classes {
            if case .bound(let base) = binding.base {
                #expect(seen.contains(ObjectIdentifier(base)), "\(binding.name) before its base")
            }
            seen.insert(ObjectIdentifier(binding))
        }
    }

    @Test func engineLayersGetTheMostDerivedClassThatShowsThem() throws {
        let slot = EngineSlot(EngineConfiguration(seed: 0))
        var options = SessionOptions()
        options.modules = ["tensorflow": { rt in try slot.engine(for: rt).tensorflowModule() }]
        let session = Session(options: options)
        defer { session.close() }
        _ = session.run("import tensorflow as tf")
        // Layers the engine made without a script object (none of the Python API makes them
        // yet) are shown with the class that declares their engine type.
        let names = try session.perform { rt in
            let engine = try slot.engine(for: rt)
            let layers: [Layer] = [
                try Dense(units: 1, context: engine.keras), Flatten(context: engine.keras),
                try Sequential(context: engine.keras), Model(context: engine.keras),
                Layer(context: engine.keras),
            ]
            return layers.map { rt.typeName(engine.layerObject($0)) }
        }
        #expect(names == ["Dense", "Flatten", "Sequential", "Model", "Layer"])
    }
}
