"""What the reference generators share: running cells in real IPython or in a real Jupyter
notebook, and writing a reference file only when its truth changed.

A generator imports this module (it sits beside them):

    import _reference as ref
    shown = ref.run_cells(["import tensorflow as tf", "tf.constant(1)"])
    ref.write_json("Tests/.../tf.json", document)

Cells always run in a child process of their own, so every file starts from a fresh
TensorFlow (Keras names its layers from a counter that lives as long as the process).
Run as a program, this module is that child: it reads
`{"cells": [...], "seed": N or null, "mode": "ipython" or "notebook"}` on standard input and
prints `[{"output": ..., "error": ...}, ...]`.
"""
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
"""The repository's root folder; generators name files relative to it."""

ADDRESS = re.compile(r"0x[0-9a-f]+")
NUMBER = re.compile(r" *(?<![\w.])-?(?:nan|inf|\d+\.?\d*(?:e[+-]?\d+)?|\.\d+) *")

# TensorFlow 2.15 turns its oneDNN kernels on by itself only on CPUs with AVX-512 or AMX, and
# they change what it prints (`_MklMatMul` in error messages, `mklcpu` allocator, the last
# digit of some floats). The references were made with them on; turning them on always makes
# every machine print the same.
TENSORFLOW_ENVIRONMENT = {"TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "1"}

# The durations in Keras's progress lines (`0s 2ms/step`, `120ms/epoch`); the same pattern
# as `ProgressBar.timingPattern` in Sources/Layers/Training/ProgressBar.swift.
KERAS_TIMING = re.compile(
    r"(?m)(?<= - )(?:\d+s \d+(?:s|ms|us)/step|\d+(?:s|ms|us)/(?:epoch|step)|\d+s(?= - |$))")

SET_OF_STRINGS = re.compile(r"\{'[^'{}]*'(?:, '[^'{}]*')+\}")

_written = []


def path(relative):
    """The absolute path of a file named relative to the repository's root."""
    return os.path.join(ROOT, relative)


# Running cells ---------------------------------------------------------------------------

def run_cells(cells, seed=None, mode="ipython"):
    """Runs `cells` top to bottom in one fresh kernel; returns what each showed.

    mode "ipython": a plain IPython 8.12 shell, which shows what a notebook shows for text:
    the printed text, then the text/plain display of the last expression.
    mode "notebook": a real Jupyter notebook (nbclient and ipykernel), for what only a
    notebook does: clear_output, display() of figures (shown by their text/plain).
    Each result is {"output": text, "error": "Type: message" or None}.
    """
    request = json.dumps({"cells": list(cells), "seed": seed, "mode": mode})
    child = subprocess.run(
        [sys.executable, os.path.abspath(__file__)], input=request, capture_output=True,
        text=True, env=dict(os.environ, **TENSORFLOW_ENVIRONMENT))
    if child.returncode != 0:
        sys.stderr.write(child.stderr)
        raise RuntimeError("the cells could not be run (see the error above)")
    return json.loads(child.stdout)


def _error_line(error):
    return f"{type(error).__name__}: {error}"


def _run_in_ipython(cells, seed):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.colors = "NoColor"
    shell.showtraceback = lambda *args, **kwargs: None
    shell.displayhook.write_output_prompt = lambda: None
    shell.displayhook.write_format_data = (
        lambda data, metadata=None: print(data["text/plain"]) if "text/plain" in data else None)
    if seed is not None:
        with contextlib.redirect_stdout(io.StringIO()):
            shell.run_cell(f"import tensorflow as _tf; _tf.random.set_seed({seed}); del _tf")
    shown = []
    for code in cells:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
            result = shell.run_cell(code, store_history=True)
        error = result.error_in_exec or result.error_before_exec
        shown.append({"output": printed.getvalue(),
                      "error": None if error is None else _error_line(error)})
    return shown


def _run_in_notebook(cells, seed):
    import nbformat
    from nbclient import NotebookClient

    sources = list(cells)
    if seed is not None:
        sources.insert(0, f"import tensorflow as _tf; _tf.random.set_seed({seed}); del _tf")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in sources])
    NotebookClient(notebook, timeout=600, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": os.getcwd()}}).execute()
    shown = []
    for cell in notebook.cells[0 if seed is None else 1:]:
        output, error = "", None
        for item in cell.outputs:
            if item.output_type == "stream" and item.name == "stdout":
                output += item.text
            elif item.output_type in ("display_data", "execute_result"):
                text = item.get("data", {}).get("text/plain")
                if text is not None:
                    output += text + "\n"
            elif item.output_type == "error":
                error = f"{item.ename}: {item.evalue}"
        shown.append({"output": output, "error": error})
    return shown


def _child():
    request = json.load(sys.stdin)
    real_stdout = sys.stdout
    os.chdir(tempfile.mkdtemp(prefix="lit-reference-"))
    run = _run_in_notebook if request["mode"] == "notebook" else _run_in_ipython
    shown = run(request["cells"], request["seed"])
    real_stdout.write(json.dumps(shown))


# Keeping files stable -----------------------------------------------------------------------

def mask_addresses(text):
    """The text with what changes from run to run masked: object addresses (`0x7f…`), the
    durations in Keras's progress lines, and the order of a set of strings in a message
    (Python's string hashes are salted per process)."""
    masked = KERAS_TIMING.sub("…", ADDRESS.sub("0x…", text or ""))
    return SET_OF_STRINGS.sub(lambda m: "{" + ", ".join(sorted(m.group(0)[1:-1].split(", "))) + "}",
                              masked)


def mask_numbers(text):
    """The text with addresses and every number (with the spaces padding it) masked, and the
    line break numpy puts before `dtype=` in long rows ignored: for cells whose values are
    random."""
    masked = NUMBER.sub("#", mask_addresses(text))
    return re.sub(r",\s*\n\s*dtype=", ", dtype=", masked)


def same_truth(old, new, random=False):
    """Whether two outputs of one cell say the same, once what changes from run to run (the
    addresses; for a random cell, its numbers) is masked."""
    mask = mask_numbers if random else mask_addresses
    return mask(old) == mask(new)


def keep_stable(old_cells, new_cells):
    """The new cells, except that a cell whose code is unchanged and whose output and error
    say the same as before keeps its old text; so regenerating rewrites only what the
    reference now says differently. Cells are dicts with "code", "output", "error" and
    optionally "random"."""
    by_code = {}
    for cell in old_cells or []:
        by_code.setdefault(cell.get("code"), []).append(cell)
    stable = []
    for cell in new_cells:
        candidates = by_code.get(cell.get("code")) or []
        old = candidates.pop(0) if candidates else None
        random = cell.get("random", False)
        if (old is not None and same_truth(old.get("output"), cell.get("output"), random)
                and same_truth(old.get("error"), cell.get("error"), random)):
            cell = dict(cell, output=old.get("output"), error=old.get("error"))
        stable.append(cell)
    return stable


def read_json(relative, default=None):
    """A JSON file of the repository, or `default` when there is none."""
    try:
        with open(path(relative), encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError:
        return default


def write_text(relative, text):
    """Writes a file when its text changed; says which files were written."""
    target = path(relative)
    try:
        with open(target, encoding="utf-8", newline="") as file:
            if file.read() == text:
                return False
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as file:
        file.write(text)
    _written.append(relative)
    print(f"  wrote {relative}")
    return True


def write_bytes(relative, data):
    """Writes a binary file when its bytes changed."""
    target = path(relative)
    if os.path.exists(target) and open(target, "rb").read() == data:
        return False
    with open(target, "wb") as file:
        file.write(data)
    _written.append(relative)
    print(f"  wrote {relative}")
    return True


def write_json(relative, document):
    """Writes a JSON reference file in the project's layout (one-space indent, ASCII)."""
    return write_text(relative, json.dumps(document, indent=1))


def written():
    """The files this generator rewrote."""
    return list(_written)


if __name__ == "__main__":
    _child()
