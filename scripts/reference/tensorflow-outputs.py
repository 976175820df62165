"""Regenerates the shared outputs of real TensorFlow 2.15 in `Tests/Fixtures/tensorflow-2.15`.

Each `<name>.json` there is its own cells file: its cells' `code` (and `random`, for a cell
whose numbers are random) are the input; `output` and `error` are what the cells showed run
top to bottom in one fresh IPython shell. A `<name>.md` beside it is the same for people:
its opening paragraphs are kept, the cells are written again from the JSON.
"""
import glob
import os

import _reference as ref

FOLDER = "Tests/Fixtures/tensorflow-2.15"


def markdown(opening, cells):
    parts = [opening.rstrip("\n") + "\n"]
    for number, cell in enumerate(cells, start=1):
        title = f"## cell {number}" + (" (random values)" if cell.get("random") else "")
        shown = cell["output"] + (cell["error"] + "\n" if cell["error"] else "")
        parts.append(f"{title}\n\n```python\n{cell['code']}\n```\n\n```output\n{shown}```\n")
    return "\n".join(parts)


def main():
    os.chdir(ref.ROOT)
    for target in sorted(glob.glob(f"{FOLDER}/*.json")):
        print(target)
        document = ref.read_json(target)
        codes = [cell["code"] for cell in document["cells"]]
        shown = ref.run_cells(codes)
        cells = [dict(code=old["code"], output=new["output"], error=new["error"],
                      random=old.get("random", False))
                 for old, new in zip(document["cells"], shown)]
        document["cells"] = ref.keep_stable(document["cells"], cells)
        ref.write_json(target, document)
        notes = target[: -len(".json")] + ".md"
        if os.path.exists(notes):
            text = open(notes, encoding="utf-8").read()
            opening = text[: text.index("## cell 1\n")]
            ref.write_text(notes, markdown(opening, document["cells"]))


if __name__ == "__main__":
    main()
