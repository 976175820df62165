import Interpreter
import Tensors

/// The classes of one session, made from the declarations in ``Catalog/classes`` (bases
/// first), with the ones the hot paths use at hand.
///
/// The table makes the class objects only; the engine defines their members once it exists.
struct ClassTable {
    /// Every class by the identity of its declaration, in the order made.
    private(set) var all: [(binding: ClassBinding, cls: PyClass)] = []
    private var byBinding: [ObjectIdentifier: PyClass] = [:]
    private var byClass: [ObjectIdentifier: ClassBinding] = [:]

    /// `EagerTensor`, the class of every tensor value.
    let eagerTensor: PyClass
    /// `ResourceVariable`, the class of every variable.
    let resourceVariable: PyClass
    /// `np.ndarray`.
    let ndarray: PyClass
    /// numpy's scalar types by dtype.
    let numpyScalars: [DType: PyClass]
    /// What a declaration missing from the catalog gets (a mistake the tests show at once).
    private let missing: PyClass

    init(_ rt: Runtime) {
        var table = Builder(rt: rt)
        for binding in Catalog.classes {
            _ = table.make(binding)
        }
        eagerTensor = table.make(.eagerTensor)
        resourceVariable = table.make(.resourceVariable)
        ndarray = table.make(.ndarray)
        var scalars: [DType: PyClass] = [:]
        for (dtype, binding) in ClassBinding.numpyScalars {
            scalars[dtype] = table.make(binding)
        }
        numpyScalars = scalars
        all = table.all
        byBinding = table.byBinding
        for (binding, cls) in all {
            byClass[ObjectIdentifier(cls)] = binding
        }
        missing = rt.makeClass(name: "MissingFromCatalog", module: "lit")
    }

    /// The session's class for a declaration.
    ///
    /// Every declaration reachable from ``Catalog/classes`` has one; any other gets an empty
    /// class named `MissingFromCatalog`.
    subscript(_ binding: ClassBinding) -> PyClass {
        byBinding[ObjectIdentifier(binding)] ?? missing
    }

    /// The declaration a session class was made from (`nil` for a script's class).
    func binding(of cls: PyClass) -> ClassBinding? {
        byClass[ObjectIdentifier(cls)]
    }

    /// The nearest class in `cls`'s MRO that the engine defines (the class itself for an engine
    /// class; the engine class a script class extends).
    func nearestEngineClass(_ cls: PyClass) -> PyClass? {
        cls.mro.first { byClass[ObjectIdentifier($0)] != nil }
    }

    /// The class that shows an engine object the engine made on its own: the last declaration
    /// whose `shows` matches.
    func showing(_ object: AnyObject) -> PyClass? {
        all.last { $0.binding.shows?(object) == true }?.cls
    }

    /// Makes classes, bases first.
    private struct Builder {
        let rt: Runtime
        var all: [(binding: ClassBinding, cls: PyClass)] = []
        var byBinding: [ObjectIdentifier: PyClass] = [:]

        mutating func make(_ binding: ClassBinding) -> PyClass {
            if let made = byBinding[ObjectIdentifier(binding)] { return made }
            let bases: [PyClass]
            switch binding.base {
            case .object: bases = []
            case .bound(let base): bases = [make(base)]
            case .builtin(let type): bases = [rt.exceptionClass(type)]
            }
            let cls = rt.makeClass(name: binding.name, module: binding.module, bases: bases)
            byBinding[ObjectIdentifier(binding)] = cls
            all.append((binding, cls))
            return cls
        }
    }
}
