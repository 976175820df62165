"""Regenerates what TensorFlow 2.15 computes for the gradient cases GradientGoldenTests
replays (`Tests/TensorsTests/Fixtures/gradients/golden.json`).

Each case is a TensorFlow expression; the file keeps its repr, its values and shape, or the
error it raised (`Type: message`).
"""
import json
import os

# oneDNN stays off here: with it, TensorFlow aborts the process (a failed CHECK in
# tensor_format.h) on the error case of a pooling input of the wrong rank instead of raising.
os.environ.update({"TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "0"})

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

import _reference as ref  # noqa: E402


def grad(f, *xs, persistent=False):
    """The gradients of f(*xs) with respect to each x."""
    xs = [tf.constant(x) if not isinstance(x, tf.Variable) else x for x in xs]
    with tf.GradientTape(persistent=persistent) as tape:
        for x in xs:
            tape.watch(x)
        y = f(*xs)
    return tape.gradient(y, xs)


def second(f, x):
    x = tf.constant(x)
    with tf.GradientTape() as outer:
        outer.watch(x)
        with tf.GradientTape() as inner:
            inner.watch(x)
            y = f(x)
        g = inner.gradient(y, x)
    return outer.gradient(g, x)


f32 = np.float32
images = (np.arange(2 * 5 * 5 * 2, dtype=f32).reshape(2, 5, 5, 2) % 7) - 3
filters = (np.arange(3 * 3 * 2 * 3, dtype=f32).reshape(3, 3, 2, 3) % 5) - 2
plane = (np.arange(1 * 5 * 5 * 1, dtype=f32).reshape(1, 5, 5, 1) % 6) - 2
logits = np.array([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]], dtype=f32)
labels = np.array([[0.0, 0.0, 1.0], [0.5, 0.5, 0.0]], dtype=f32)
points = np.array([-3, -1, -0.5, 0, 0.5, 1, 3], dtype=f32)
features = np.array([[1, 2], [3, 4], [5, 6], [7, 8]], dtype=f32)
targets = np.array([[1], [0], [2], [-1]], dtype=f32)

cases = {
    "square": lambda: grad(lambda x: x * x, f32(3))[0],
    "matmul": lambda: grad(lambda a, b: tf.matmul(a, b), features, np.array([[0.5], [-1]], f32)),
    "linear-regression-step": lambda: grad(
        lambda w, b: tf.reduce_mean(tf.square(tf.matmul(features, w) + b - targets)) / 2,
        np.array([[0.25], [-0.5]], f32), np.array([1.0], f32)),
    "broadcast-add-multiply": lambda: grad(
        lambda a, b: tf.reduce_sum((a + b) * a), features, np.array([1.0, -2.0], f32)),
    "divide-power": lambda: grad(
        lambda a, b: a / b + a ** b, np.array([1.0, 2.0, 4.0], f32), np.array([2.0, 0.5, 1.0], f32)),
    "softmax-cross-entropy": lambda: tf.nn.softmax_cross_entropy_with_logits(labels, logits),
    "softmax-cross-entropy-grad": lambda: grad(
        lambda z, x: tf.nn.softmax_cross_entropy_with_logits(z, x), labels, logits),
    "sparse-cross-entropy": lambda: tf.nn.sparse_softmax_cross_entropy_with_logits([2, 0], logits),
    "sparse-cross-entropy-grad": lambda: grad(
        lambda x: tf.nn.sparse_softmax_cross_entropy_with_logits([2, 0], x), logits)[0],
    "sigmoid-cross-entropy": lambda: tf.nn.sigmoid_cross_entropy_with_logits(
        np.array([0, 1, 1], f32), np.array([-2, 0.5, 3], f32)),
    "sigmoid-cross-entropy-grad": lambda: grad(
        lambda x: tf.nn.sigmoid_cross_entropy_with_logits(np.array([0, 1, 1], f32), x),
        np.array([-2, 0.5, 3], f32))[0],
    "softmax-grad": lambda: grad(lambda x: tf.nn.softmax(x) * labels, logits)[0],
    "log-softmax-grad": lambda: grad(lambda x: tf.nn.log_softmax(x) * labels, logits)[0],
    "logsumexp": lambda: tf.reduce_logsumexp(logits, axis=1),
    "logsumexp-grad": lambda: grad(lambda x: tf.reduce_logsumexp(x, axis=1), logits)[0],
    "prod-grad-zeros": lambda: grad(
        lambda x: tf.reduce_prod(x, axis=1), np.array([[0, 2, 3], [0, 0, 4], [1, 2, 3]], f32))[0],
    "cube-second": lambda: second(lambda x: x * x * x, f32(2)),
    "sigmoid-second": lambda: second(tf.sigmoid, np.array([-1.0, 0.5, 2.0], f32)),
    "conv2d-valid": lambda: tf.nn.conv2d(images, filters, 1, "VALID"),
    "conv2d-same-stride": lambda: tf.nn.conv2d(images, filters, 2, "SAME"),
    "conv2d-dilated": lambda: tf.nn.conv2d(images, filters[:2, :2], 1, "VALID", dilations=2),
    "conv2d-grads": lambda: grad(lambda x, w: tf.nn.conv2d(x, w, [1, 2], "SAME"), images, filters),
    "conv2d-grouped": lambda: tf.nn.conv2d(images, filters[:, :, :1, :2], 1, "VALID"),
    "max-pool-same": lambda: tf.nn.max_pool2d(plane, 2, 2, "SAME"),
    "max-pool-grad": lambda: grad(lambda x: tf.nn.max_pool2d(x, 3, 1, "VALID"), plane)[0],
    "avg-pool-same": lambda: tf.nn.avg_pool2d(plane, 2, 2, "SAME"),
    "avg-pool-grad": lambda: grad(lambda x: tf.nn.avg_pool2d(x, [2, 3], [2, 1], "SAME"), plane)[0],
    "gather-grad": lambda: tf.convert_to_tensor(
        grad(lambda p: tf.gather(p, [2, 0, 2]) * 2, features)[0]),
    "gather-axis-grad": lambda: grad(lambda p: tf.gather(p, [1, 1], axis=1), features)[0],
    "segment-sum": lambda: tf.math.unsorted_segment_sum(features, [1, -1, 1, 0], 3),
    "tile-grad": lambda: grad(
        lambda x: tf.tile(x, [2, 3]) * tf.reshape(tf.range(12.0), (2, 6)),
        np.array([[1.0, 2.0]], f32))[0],
    "one-hot": lambda: tf.one_hot([[0, 2], [1, 5]], 3, on_value=5, off_value=-1, axis=1),
    "linspace": lambda: tf.linspace(0.0, 1.0, 7),
    "linspace-int": lambda: tf.linspace(0, 10, 5),
    "linspace-vector": lambda: tf.linspace([0.0, 1.0], [1.0, 3.0], 4, axis=1),
    "meshgrid-xy": lambda: tf.meshgrid([1, 2, 3], [4, 5]),
    "meshgrid-ij": lambda: tf.meshgrid([1.0, 2.0], [3.0, 4.0, 5.0], indexing="ij"),
    "moments": lambda: tf.nn.moments(features, [0]),
    "moments-grad": lambda: grad(lambda x: tf.nn.moments(x, [0])[1], features)[0],
    "batch-normalization": lambda: tf.nn.batch_normalization(
        features, np.array([4, 5], f32), np.array([5, 4], f32), np.array([0.5, -0.5], f32),
        np.array([2, 1], f32), 1e-3),
    "batch-normalization-grad": lambda: grad(
        lambda x, m, v: tf.nn.batch_normalization(x, m, v, None, None, 1e-3),
        features, np.array([4, 5], f32), np.array([5, 4], f32)),
    "selu": lambda: tf.nn.selu(points),
    "softsign": lambda: tf.nn.softsign(points),
    "relu6": lambda: tf.nn.relu6(points * 3),
    "leaky-relu": lambda: tf.nn.leaky_relu(points),
    "swish": lambda: tf.nn.silu(points),
    "swish-grad": lambda: grad(tf.nn.silu, points)[0],
    "gelu": lambda: tf.nn.gelu(points),
    "gelu-approximate": lambda: tf.nn.gelu(points, approximate=True),
    "log-sigmoid": lambda: tf.math.log_sigmoid(points),
    "hard-sigmoid": lambda: tf.keras.activations.hard_sigmoid(tf.constant(points)),
    "mish": lambda: tf.keras.activations.mish(tf.constant(points)),
    "activation-grads": lambda: grad(
        lambda x: tf.nn.selu(x) + tf.nn.softsign(x) + tf.nn.relu6(x * 3) + tf.nn.leaky_relu(x)
        + tf.nn.elu(x) + tf.nn.softplus(x), points)[0],
    "error-conv-padding": lambda: tf.nn.conv2d(images, filters, 1, "same"),
    "error-conv-depth": lambda: tf.nn.conv2d(
        images[..., :1], np.ones((3, 3, 2, 1), f32), 1, "VALID"),
    "error-conv-rank": lambda: tf.nn.conv2d(images[0], filters, 1, "VALID"),
    "error-conv-negative": lambda: tf.nn.conv2d(images, np.ones((7, 7, 2, 1), f32), 1, "VALID"),
    "error-pool-zero": lambda: tf.nn.max_pool2d(plane, 0, 1, "VALID"),
    "error-avg-pool-int": lambda: tf.nn.avg_pool2d(tf.cast(plane, tf.int32), 2, 2, "VALID"),
    "error-gather": lambda: tf.gather(features, [[0, 1], [5, 0]]),
    "error-sparse-labels": lambda: tf.nn.sparse_softmax_cross_entropy_with_logits([5, 1], logits),
    "error-xent-shape": lambda: tf.nn.softmax_cross_entropy_with_logits(labels[:, :2], logits),
    "error-sigmoid-shape": lambda: tf.nn.sigmoid_cross_entropy_with_logits(
        np.ones(2, f32), np.ones(3, f32)),
    "error-one-hot-depth": lambda: tf.one_hot([1, 2], -1),
    "error-tile": lambda: tf.tile(features, [1, 2, 3]),
    "error-categorical": lambda: tf.random.categorical([1.0, 2.0], 3),
    "error-dropout": lambda: tf.nn.dropout(features, 1.0),
}


def describe(value):
    if isinstance(value, (list, tuple)):
        return {"list": [describe(v) for v in value]}
    array = value.numpy()
    return {
        "repr": repr(value),
        "shape": list(array.shape),
        "dtype": value.dtype.name,
        "values": [float(v) for v in array.reshape(-1)],
    }


golden = {}
for name, make in cases.items():
    try:
        golden[name] = describe(make())
    except Exception as error:  # noqa: BLE001 - the error is the expected output
        golden[name] = {"error": type(error).__name__ + ": " + str(error)}
ref.write_text(
    "Tests/TensorsTests/Fixtures/gradients/golden.json",
    json.dumps(golden, indent=1, sort_keys=True) + "\n")
