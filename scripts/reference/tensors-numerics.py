"""Regenerates the last-bit numerics of real TensorFlow 2.15 and numpy 1.26 that the tensor
engine matches (`Tests/TensorsTests/Fixtures/functions` and `.../reductions`).

The inputs are the files' own: the first column of the function tables, and the lengths and
shapes of the reduction rows; the outputs are computed again. Numbers are written as the
shortest text that reads back as the same float32 (numpy's `str`).
"""
import os

os.environ.update({"TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "1"})

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

import _reference as ref  # noqa: E402

FOLDER = "Tests/TensorsTests/Fixtures"


def text(value):
    return str(np.float32(value))


def table(name, functions):
    """Rewrites a table `input output…`: its comment lines kept, its inputs run as one
    tensor through each function (which path an element takes may depend on its place)."""
    relative = f"{FOLDER}/functions/{name}"
    lines = open(ref.path(relative), encoding="utf-8").read().split("\n")
    comments = [line for line in lines if line.startswith("#")]
    rows = [line.split(" ") for line in lines if line and not line.startswith("#")]
    inputs = tf.constant([np.float32(row[0]) for row in rows], dtype=tf.float32)
    columns = [f(inputs).numpy() for f in functions]
    body = [" ".join([row[0]] + [text(column[i]) for column in columns])
            for i, row in enumerate(rows)]
    ref.write_text(relative, "\n".join(comments + body) + ("\n" if lines[-1] == "" else ""))


def values(count, salt):
    """The deterministic inputs of `ReductionOrderTests`."""
    return np.array([((i * 2654435761 + salt * 97) % 1000003) / 1000003 - 0.5
                     for i in range(count)], dtype=np.float32)


def reductions():
    relative = f"{FOLDER}/reductions/float32-sums.txt"
    lines = open(ref.path(relative), encoding="utf-8").read().split("\n")
    out = []
    for line in lines:
        words = line.split(" ")
        if words[0] in ("sum", "mean"):
            x = values(int(words[1]), salt=1)
            reduce_tf, reduce_np = ((tf.reduce_sum, np.sum) if words[0] == "sum"
                                    else (tf.reduce_mean, np.mean))
            line = f"{words[0]} {words[1]} {text(reduce_tf(x).numpy())} {text(reduce_np(x))}"
        elif words[0] in ("axis0", "axis1"):
            rows, columns = (int(n) for n in words[1].split("x"))
            axis = 1 if words[0] == "axis1" else 0
            x = values(rows * columns, salt=2).reshape(rows, columns)
            # Sums over the rows are many: the files keep the first 50 (the test reads no more).
            kept = 50 if axis == 0 else None
            tf_sums = [text(v) for v in tf.reduce_sum(x, axis=axis).numpy()[:kept]]
            np_sums = [text(v) for v in np.sum(x, axis=axis)[:kept]]
            line = " ".join([words[0], words[1]] + tf_sums + ["|"] + np_sums)
        out.append(line)
    ref.write_text(relative, "\n".join(out))


table("float32-tanh.txt", [tf.tanh])
table("float32-exp-sigmoid.txt", [tf.exp, tf.sigmoid])
reductions()
