"""Regenerates what real TensorFlow 2.15 shows for every cells file of the test fixtures.

A cells file is `{"chapter": name, "cells": [code, ...], "seed": N (optional)}`; what its
cells show, run top to bottom in one fresh IPython shell, goes beside it:

    <folder>/cells.json        -> <folder>/tf.json (or the one other tf*.json there)
    <folder>/<name>.cells.json -> <folder>/<name>.tf.json

So a new fixture needs only its cells file: `make reference` writes its outputs.
"""
import glob
import os

import _reference as ref


def output_of(cells_file):
    folder, name = os.path.split(cells_file)
    if name != "cells.json":
        return os.path.join(folder, name[: -len(".cells.json")] + ".tf.json")
    beside = sorted(glob.glob(os.path.join(folder, "tf*.json")))
    return beside[0] if len(beside) == 1 else os.path.join(folder, "tf.json")


def main():
    os.chdir(ref.ROOT)
    files = sorted(glob.glob("Tests/**/cells.json", recursive=True)
                   + glob.glob("Tests/**/*.cells.json", recursive=True))
    for cells_file in files:
        target = output_of(cells_file)
        print(f"{cells_file} -> {target}")
        chapter = ref.read_json(cells_file)
        seed = chapter.get("seed")
        shown = ref.run_cells(chapter["cells"], seed=seed)
        cells = [dict(code=code, **result) for code, result in zip(chapter["cells"], shown)]
        old = ref.read_json(target, {}).get("cells")
        ref.write_json(target, {"chapter": chapter["chapter"], "engine": "tensorflow-2.15.0",
                                "seed": seed, "cells": ref.keep_stable(old, cells)})


if __name__ == "__main__":
    main()
