import Foundation
import Interpreter
import Tensors

extension FunctionGroup {
    /// `numpy`'s functions and constants.
    static let numpy = FunctionGroup("np") { engine, m in engine.defineNumpyFunctions(m) }
}

extension Engine {
    /// `numpy`'s version, `dtype`, constants, `array`, `asarray`, `zeros`, `ones`, `full`,
    /// `arange`, `eye`, a few elementwise functions and reductions, and `save`/`load` of real
    /// `.npy` files inside the working folder.
    fileprivate func defineNumpyFunctions(_ np: ModuleTree) {
        np["np.__version__"] = Value("1.26.4")
        np["np.dtype"] = function("dtype", module: "numpy", "dtype") { [self] args in
            guard let dtype = try dtype(args["dtype"], dialect: .numpy) else {
                return numpyDTypeObject(.float64)
            }
            return numpyDTypeObject(dtype)
        }
        np["np.newaxis"] = Value.none
        np["np.pi"] = .float(Double.pi)
        np["np.e"] = .float(M_E)
        np["np.inf"] = .float(.infinity)
        np["np.nan"] = .float(.nan)

        np["np.array"] = function(
            "array", module: "numpy",
            "object, dtype=None, copy=True, order='K', subok=False, ndmin=0"
        ) { [self] args in try numpyArray(args["object"], dtype: args["dtype"]) }
        np["np.asarray"] = function("asarray", module: "numpy", "a, dtype=None, order=None") {
            [self] args in try numpyArray(args["a"], dtype: args["dtype"])
        }
        for (name, one) in [("zeros", false), ("ones", true)] {
            np["np.\(name)"] = function(name, module: "numpy", "shape, dtype=None, order='C'") {
                [self] args in
                let dtype = try dtype(args["dtype"], dialect: .numpy) ?? .float64
                let shape = try numpyShape(args["shape"])
                return wrapArray(
                    one
                        ? try Tensor.ones(shape, dtype: dtype)
                        : try Tensor.zeros(shape, dtype: dtype))
            }
            np["np.\(name)_like"] = function(name + "_like", module: "numpy", "a, dtype=None") {
                [self] args in
                let t = try tensor(args["a"], dialect: .numpy)
                let dtype = try dtype(args["dtype"], dialect: .numpy) ?? t.dtype
                return wrapArray(
                    one ? try t.onesLike(dtype: dtype) : try t.zerosLike(dtype: dtype))
            }
        }
        np["np.full"] = function(
            "full", module: "numpy", "shape, fill_value, dtype=None, order='C'"
        ) {
            [self] args in
            let value = try tensor(args["fill_value"], dialect: .numpy)
            let dtype = try dtype(args["dtype"], dialect: .numpy) ?? value.dtype
            guard value.rank == 0, let element = try? value.element(at: 0) else {
                throw valueError("fill_value must be a scalar in this engine")
            }
            return wrapArray(
                try Tensor.fill(try numpyShape(args["shape"]), value: element, dtype: dtype))
        }
        np["np.arange"] = function(
            "arange", module: "numpy", "start, stop=None, step=None, dtype=None"
        ) { [self] args in
            let (start, stop) = try rangeBounds(args, "start", "stop")
            let step = args["step"].isNone ? .int(1) : try scalarValue(args["step"], name: "step")
            if step == .int(0) || step == .float(0) || step == .bool(false) {
                // numpy computes the length by dividing by the step first.
                let ints = [start, stop].allSatisfy { if case .float = $0 { false } else { true } }
                throw rt.error(
                    .zeroDivisionError,
                    ints && step != .float(0) ? "division by zero" : "float division by zero")
            }
            return wrapArray(
                try Tensor.range(
                    start: start, limit: stop, delta: step,
                    dtype: try dtype(args["dtype"], dialect: .numpy), dialect: .numpy))
        }
        np["np.eye"] = function("eye", module: "numpy", "N, M=None, k=0, dtype=float") {
            [self] args in
            let rows = try axis(args["N"], name: "N")
            let columns = args["M"].isNone ? nil : try axis(args["M"], name: "M")
            let dtype = try dtype(args["dtype"], dialect: .numpy) ?? .float64
            return wrapArray(try Tensor.eye(rows, columns: columns, dtype: dtype))
        }
        for (name, op) in [
            ("sqrt", UnaryOp.sqrt), ("exp", .exp), ("log", .log), ("abs", .abs), ("sin", .sin),
            ("cos", .cos), ("tanh", .tanh), ("square", .square), ("sign", .sign),
            ("floor", .floor), ("ceil", .ceil),
        ] {
            np["np.\(name)"] = function(name, module: "numpy", "x, /") { [self] args in
                numpyResult(try tensor(args["x"], dialect: .numpy).unary(op, dialect: .numpy))
            }
        }
        for (name, op) in [
            ("sum", ReduceOp.sum), ("mean", .mean), ("max", .max), ("min", .min), ("prod", .prod),
            ("any", .any), ("all", .all),
        ] {
            np["np.\(name)"] = function(
                name, module: "numpy", "a, axis=None, dtype=None, out=None, keepdims=False"
            ) { [self] args in
                let t = try tensor(args["a"], dialect: .numpy)
                return numpyResult(
                    try t.reduced(
                        op, axes: try axes(args["axis"]), keepDims: try flag(args["keepdims"]),
                        dialect: .numpy))
            }
        }
        np["np.matmul"] = function("matmul", module: "numpy", "x1, x2, /") { [self] args in
            let a = try tensor(args["x1"], dialect: .numpy)
            let b = try tensor(args["x2"], dialect: .numpy)
            return numpyResult(try a.numpyMatmul(b))
        }
        np["np.dot"] = np["np.matmul"]
        np["np.allclose"] = function(
            "allclose", module: "numpy", "a, b, rtol=1e-05, atol=1e-08, equal_nan=False"
        ) { [self] args in
            let a = try tensor(args["a"], dialect: .numpy).cast(to: .float64)
            let b = try tensor(args["b"], dialect: .numpy).cast(to: .float64)
            let rtol = try number(args["rtol"], name: "rtol")
            let atol = try number(args["atol"], name: "atol")
            let difference = try Tensor.binary(.subtract, a, b, dialect: .numpy).abs()
            let tolerance = try Tensor.binary(
                .add, Tensor(scalar: atol),
                try Tensor.binary(.multiply, Tensor(scalar: rtol), b.abs(), dialect: .numpy),
                dialect: .numpy)
            let close = try Tensor.binary(.lessEqual, difference, tolerance, dialect: .numpy)
            return .bool(try close.reduced(.all, dialect: .numpy).scalar(as: Bool.self) ?? false)
        }
        np["np.array_equal"] = function("array_equal", module: "numpy", "a1, a2, equal_nan=False") {
            [self] args in
            let a = try tensor(args["a1"], dialect: .numpy)
            let b = try tensor(args["a2"], dialect: .numpy)
            guard a.shape == b.shape else { return .bool(false) }
            let equal = try Tensor.binary(.equal, a, b, dialect: .numpy)
            return .bool(try equal.reduced(.all, dialect: .numpy).scalar(as: Bool.self) ?? false)
        }
        np["np.save"] = function(
            "save", module: "numpy", "file, arr, allow_pickle=True, fix_imports=True"
        ) { [self] args in
            try save(args["file"], args["arr"], allowPickle: try flag(args["allow_pickle"]))
            return .none
        }
        np["np.load"] = function(
            "load", module: "numpy",
            "file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, "
                + "max_header_size=10000"
        ) { [self] args in
            try load(args["file"], allowPickle: try flag(args["allow_pickle"]))
        }
    }

    /// `np.array(object, dtype)`: numbers, nested lists, tensors and arrays as numeric arrays
    /// (numpy's inference); dicts, strs, `None` and ragged lists as object arrays when
    /// `dtype=object` or (for non-sequences) always, as numpy does.
    func numpyArray(_ value: Value, dtype dtypeValue: Value) throws(PyError) -> Value {
        let objectRequested = isObjectDType(dtypeValue)
        if objectRequested || isObjectLike(value) {
            if let list = value.asList ?? value.asTuple.map({ PyList($0.items) }),
                objectRequested
            {
                return wrapObjectArray(ObjectArray(shape: [list.items.count], items: list.items))
            }
            return wrapObjectArray(ObjectArray(shape: [], items: [value]))
        }
        if let objects = objectArray(value) { return wrapObjectArray(objects) }
        let dtype = try self.dtype(dtypeValue, dialect: .numpy)
        var t = try tensor(value, dialect: .numpy)
        if let dtype, dtype != t.dtype { t = t.cast(to: dtype) }
        return wrapArray(t)
    }

    private func isObjectDType(_ value: Value) -> Bool {
        if case .str(let s) = value { return s.value == "object" || s.value == "O" }
        if let object = rt.builtinsModule["object"] { return value.isIdentical(to: object) }
        return false
    }

    private func isObjectLike(_ value: Value) -> Bool {
        switch value {
        case .none, .str: return true
        case .object(let o): return o.kind == .dict || o.kind == .set
        default: return false
        }
    }

    // MARK: - Files

    /// `np.save(file, arr)`: a real `.npy` file (`.npy` appended to the name when missing);
    /// dicts and other objects go into an object array in this engine's own encoding.
    private func save(_ file: Value, _ value: Value, allowPickle: Bool) throws(PyError) {
        var path = try rt.stringValue(file)
        if !path.hasSuffix(".npy") { path += ".npy" }
        let url = try rt.resolvePath(path)
        let bytes: [UInt8]
        let array = try numpyArray(value, dtype: .none)
        if let objects = objectArray(array) {
            guard allowPickle else {
                throw valueError("Object arrays cannot be saved when allow_pickle=False")
            }
            bytes = try encodeObjectArray(objects)
        } else {
            bytes = NpyFormat.encode(try numpyTensor(array))
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw rt.error(
                .fileNotFoundError,
                "[Errno 2] No such file or directory: \(rt.quoteString(path))")
        }
    }

    /// `np.load(file)`: a numeric array, or (with `allow_pickle=True`) an object array this
    /// engine saved.
    private func load(_ file: Value, allowPickle: Bool) throws(PyError) -> Value {
        guard case .str(let text) = file else {
            throw typeError(
                "expected str, bytes or os.PathLike object, not \(rt.typeName(file))")
        }
        let path = text.value
        let url = try rt.resolvePath(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw rt.error(
                .fileNotFoundError, "[Errno 2] No such file or directory: \(rt.quoteString(path))")
        }
        let bytes = [UInt8](data)
        do {
            let (header, start) = try NpyFormat.readHeader(bytes)
            if header.descr == "|O" {
                guard allowPickle else {
                    throw valueError("Object arrays cannot be loaded when allow_pickle=False")
                }
                return wrapObjectArray(try decodeObjectArray(header, bytes, dataStart: start))
            }
            return wrapArray(try NpyFormat.decodeTensor(header, bytes, dataStart: start))
        } catch let error as NpyFormat.FormatError {
            throw valueError(error.message)
        } catch {
            throw pythonError(error)
        }
    }

    /// A numpy shape: `None` is `()` (numpy's deprecated alias), dimensions must not be
    /// negative.
    private func numpyShape(_ value: Value) throws(PyError) -> [Int] {
        if value.isNone { return [] }
        if case .object(let o) = value, o.kind == .bigint {
            throw valueError("Maximum allowed dimension exceeded")
        }
        let dims = try shape(value)
        if dims.contains(where: { $0 < 0 }) {
            throw valueError("negative dimensions are not allowed")
        }
        return dims
    }
}
