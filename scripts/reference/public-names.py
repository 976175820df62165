"""Writes the public names of TensorFlow 2.15 (with Keras) and numpy 1.26 for the Bindings target.

Run it with the reference venv's Python (TensorFlow 2.15.0, numpy 1.26.4):

    python scripts/reference/public-names.py

It writes Sources/Bindings/Unimplemented/PublicNames.swift, a reference file: only this script
regenerates it. lit reads it to tell a name TensorFlow has but lit lacks (NotImplementedError:
lit does not implement tf.xyz yet) from a name TensorFlow lacks too (TensorFlow's own
AttributeError).

What it records, one line per owner, lines sorted by owner and names sorted within a line:

- every public API module reachable from `tf` and `np` (`tf.keras.layers`), with its
  `__name__` and its public names (names not starting with `_`). TensorFlow's API modules are
  the generated ones (`tensorflow._api.v2.*`, `keras.api._v2.*`); `tf.compat.v1` and
  `tf.compat.v2`, which repeat the whole API, are named but not walked. numpy's are its real
  submodules (`numpy.linalg`, not the aliases it imports). A module reachable at several
  paths is walked at the shortest;
- the public attributes of the objects scripts hold: tensors (`tf.Tensor`, an EagerTensor),
  variables (`tf.Variable`, a ResourceVariable), `tf.TensorShape`, `tf.DType`, Keras's
  `Layer`, `Model` and `Sequential`, numpy's `ndarray` and scalars (`np.generic`), read from an
  instance so that attributes set in `__init__` count; and of every class in the Keras modules
  the training chapters use (layers, initializers, optimizers, losses, metrics, regularizers,
  callbacks), each with only the attributes its recorded ancestors lack (an instance is read
  when one can be made without arguments, or with one or two ones).

The file holds two string literals, lines sorted by their first field:

    publicModulesText:  <module path> <__name__>
    publicNamesText:    <module or class path> <name> <name> ...   (names sorted)
"""

import collections
import os
import pathlib
import sys
import types

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

OUTPUT = (
    pathlib.Path(__file__).resolve().parents[2]
    / "Sources"
    / "Bindings"
    / "Unimplemented"
    / "PublicNames.swift"
)

# Objects whose public attributes scripts reach, by the class path lit shows them under.
INSTANCES = {
    "tf.Tensor": lambda: tf.constant(1.0),
    "tf.Variable": lambda: tf.Variable(1.0),
    "tf.TensorShape": lambda: tf.TensorShape([1]),
    "tf.DType": lambda: tf.float32,
    "tf.keras.layers.Layer": lambda: tf.keras.layers.Layer(),
    "tf.keras.Model": lambda: tf.keras.Model(),
    "tf.keras.Sequential": lambda: tf.keras.Sequential(),
    "np.ndarray": lambda: np.zeros(1),
    "np.generic": lambda: np.float32(1),
}

# Keras modules whose classes are recorded too.
CLASS_MODULES = [
    "tf.keras.layers",
    "tf.keras.initializers",
    "tf.keras.optimizers",
    "tf.keras.losses",
    "tf.keras.metrics",
    "tf.keras.regularizers",
    "tf.keras.callbacks",
]


def public(names):
    return {n for n in names if not n.startswith("_")}


def api_child(parent, attribute, value):
    """Whether a module attribute is a public API module to walk."""
    name = value.__name__
    if name.startswith(("tensorflow._api.v2.", "keras.api._v2.")):
        return not name.startswith("tensorflow._api.v2.compat.v")
    if name.startswith("numpy"):
        return name == parent.__name__ + "." + attribute
    return False


def walk_modules():
    """Public names of every API module, by path, breadth first from `tf` and `np`."""
    modules = {}
    seen = set()
    queue = collections.deque([("tf", tf), ("np", np)])
    while queue:
        path, module = queue.popleft()
        if id(module) in seen:
            continue
        seen.add(id(module))
        names = set()
        for name in sorted(public(dir(module))):
            try:
                value = getattr(module, name)
            except Exception:  # a lazily loaded name that fails to load is still a name
                names.add(name)
                continue
            names.add(name)
            if isinstance(value, types.ModuleType) and api_child(module, name, value):
                queue.append((path + "." + name, value))
        modules[path] = (module.__name__, names)
    return modules


def instance_names(cls):
    """Public attributes of an instance of `cls` when one can be made simply, else of `cls`."""
    for args in ((), (1,), (1, 1)):
        try:
            return public(dir(cls(*args)))
        except Exception:
            continue
    return public(dir(cls))


def walk_classes(modules_by_path):
    """Public attributes of the recorded classes, each without its recorded ancestors'."""
    full = {}  # path -> (class, names)
    for path, make in INSTANCES.items():
        instance = make()
        full[path] = (type(instance), public(dir(instance)))
    for module_path in CLASS_MODULES:
        module = eval(module_path, {"tf": tf, "np": np})
        for name in sorted(modules_by_path[module_path][1]):
            cls = getattr(module, name)
            path = module_path + "." + name
            if not isinstance(cls, type) or path in full:
                continue
            if any(cls is recorded for recorded, _ in full.values()):
                continue
            full[path] = (cls, instance_names(cls))
    classes = {}
    for path, (cls, names) in full.items():
        inherited = set()
        for other_path, (other, other_names) in full.items():
            if other_path != path and other is not cls and issubclass(cls, other):
                inherited |= other_names
        classes[path] = names - inherited
    return classes


def literal(name, doc, lines):
    """A Swift raw string literal `name` holding `lines`, sorted."""
    body = "\n".join("    " + line for line in sorted(lines))
    return f"{doc}\nlet {name} = #\"\"\"\n{body}\n    \"\"\"#\n"


def main():
    modules = walk_modules()
    classes = walk_classes(modules)
    owners = {path: names for path, (_, names) in modules.items()}
    owners.update(classes)
    count = sum(len(names) for names in owners.values())
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(
        "// Generated by scripts/reference/public-names.py from TensorFlow "
        f"{tf.__version__}, Keras {keras.__version__}\n"
        f"// and numpy {np.__version__}; do not edit (regenerate it with the script).\n"
        "\n"
        + literal(
            "publicModulesText",
            f"/// TensorFlow's and numpy's {len(modules)} API modules: `<path> <__name__>` "
            "a line, sorted\n/// (see ``PublicNames``).",
            [f"{path} {name}" for path, (name, _) in modules.items()],
        )
        + "\n"
        + literal(
            "publicNamesText",
            f"/// The {count} public names of those modules and of {len(classes)} classes: "
            "`<path> <names…>`\n/// a line, sorted (see ``PublicNames``).",
            [" ".join([path] + sorted(names)) for path, names in owners.items()],
        )
    )
    print(f"{OUTPUT}: {count} names of {len(owners)} modules and classes", file=sys.stderr)


if __name__ == "__main__":
    main()
