"""Regenerates the `.npy` files real numpy 1.26.4 writes, which `np.save` must match byte for
byte (`Tests/BindingsTests/Fixtures/npy-files`)."""
import io
import os

import numpy as np

import _reference as ref

FOLDER = "Tests/BindingsTests/Fixtures/npy-files"
ARRAYS = {
    "i64": np.arange(5),
    "f32": np.array([[1.5, -2.0], [3.25, 0.0]], dtype=np.float32),
    "b": np.array([True, False]),
    "f64": np.array(2.5),
    "i32": np.arange(3, dtype=np.int32),
}

for name, array in ARRAYS.items():
    data = io.BytesIO()
    np.save(data, array)
    ref.write_bytes(os.path.join(FOLDER, name + ".npy"), data.getvalue())
