extension Runtime {
    /// A new list that the session empties when it ends (see ``TrackedContainers``).
    @inline(__always) func newList(_ items: [Value] = []) -> PyList {
        let list = PyList(items)
        trackedContainers.add(list)
        return list
    }

    /// A new empty dict that the session empties when it ends.
    @inline(__always) func newDict() -> PyDict {
        let dict = PyDict()
        trackedContainers.add(dict)
        return dict
    }

    /// A new instance of `cls` whose attribute dict the session empties when it ends.
    func newInstance(_ cls: PyClass) -> PyInstance {
        let instance = PyInstance(cls: cls)
        trackedContainers.add(instance.attributes)
        return instance
    }
}
