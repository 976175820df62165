"""Regenerates how real TensorFlow 2.15 and numpy 1.26 print tensors and arrays, for the
printing cases beyond the format corpus (`Tests/TensorsTests/Fixtures/printing`).

Each file holds the `repr` (or `str`) of the values below, one per line when there are
several; `PrintingGoldenTests` prints the same values with lit's engine.
"""
import os

os.environ.update({"TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "1"})

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

import _reference as ref  # noqa: E402

FOLDER = "Tests/TensorsTests/Fixtures/printing"
nan, inf = float("nan"), float("inf")
cube = tf.reshape(tf.range(3000, dtype=tf.float32), (10, 15, 20))
bools = tf.constant([[True, False, True], [False, False, True]])

CASES = {
    "float64-matrix": [repr(tf.constant([[1.5, -2.25], [1e-3, 3.14159265358979]], dtype=tf.float64))],
    "int64-vector": [repr(tf.constant([1, -2**40, 3], dtype=tf.int64))],
    "float64-scalar": [repr(tf.constant(1 / 3, dtype=tf.float64))],
    "int32-4d": [repr(tf.reshape(tf.range(16), (2, 2, 2, 2)))],
    "str-3d": [str(tf.reshape(tf.range(8.0), (2, 2, 2)))],
    "negative-with-nan": [repr(tf.constant([-1.5, nan, 2.0, -inf]))],
    "nan-only": [repr(tf.constant(v)) for v in ([nan, inf], [nan, -inf], [nan])],
    "scientific-with-nan": [repr(tf.constant([1e-5, nan, -inf, 3.0]))],
    "tiny-and-huge": [repr(tf.constant([1e-20, 1e20, -3.5]))],
    "three-digit-exponents": [repr(tf.constant([1e-100, 1e100], dtype=tf.float64))],
    "ratio-switch": [repr(tf.constant(v)) for v in
                     ([1e7, 2.5], [100.0, 0.5], [1000.0, 1.0], [1000.5, 1.0])],
    "float32-rounding": [repr(tf.constant([0.123456789, 1.0000001, 99999.99]))],
    "scalars": [repr(tf.constant(-7)), repr(tf.constant(1e16)), repr(tf.constant(1.5e-5)),
                repr(tf.constant(-2.5e20)), repr(tf.constant(0.0001)),
                repr(tf.constant(1e-4, dtype=tf.float64)),
                repr(tf.constant(123456789012.0, dtype=tf.float64)), repr(tf.constant(2**40))],
    "bool-matrix": [repr(bools)],
    "bool-matrix-str": [str(bools)],
    "wrapped-float-rows": [repr(tf.reshape(tf.range(40, dtype=tf.float32), (2, 20)) / 3)],
    "numpy-float64-wrap": [repr(np.arange(25) / 24)],
    "negative-int-wrap": [repr(tf.range(-20, 20))],
    "wide-matrix-wrap": [repr(tf.reshape(tf.range(60, dtype=tf.float32), (3, 20)) * 1.5 - 40)],
    "dtype-on-own-line": [repr(tf.constant([[-0.5638104, 0.70414835, 0.6581555, 0.5260771],
                                            [-0.61328614, -0.7373104, -0.5762308, 0.17810792]]))],
    "summarized-3d": [repr(cube)],
    "summarized-3d-str": [str(cube)],
    "str-summarized-2d": [str(tf.reshape(tf.range(2000), (40, 50)))],
    "summarized-1d-float64": [repr(tf.range(0, 2000, dtype=tf.float64) / 7)],
    "large-int-summarized": [repr(tf.range(-1000000, 1000000, 997))],
    "numpy-zero-d": [repr(np.array(3.0)), repr(np.array(True)),
                     repr(np.array(3.0, dtype=np.float32)), repr(np.array(-5, dtype=np.int32)),
                     repr(np.array(2**40))],
    "numpy-empty": [repr(np.zeros((0,), np.int64)), repr(np.zeros((0, 3), bool)),
                    repr(np.zeros((0,))), repr(np.zeros((3, 0, 2), np.int32))],
    "exact-ties": [repr(np.array([2**-9, 3 * 2**-9, 1], dtype=np.float32)),
                   repr(np.array([0.5 + 2**-10, 1e7]))],
}

for name, texts in CASES.items():
    ref.write_text(f"{FOLDER}/{name}.txt", "\n".join(texts))
