"""Regenerates the expectations of the interpreter's fixture programs from real CPython 3.11
and IPython 8.12 (`Tests/InterpreterTests/Fixtures/programs`).

Each file under Fixtures/programs/<feature>/ is a sequence of cells separated by lines
"# %%". Every cell runs in one fresh IPython shell per file (as a notebook would run it);
what a cell shows is what it printed, then the display of its last expression, then, for an
uncaught exception, a line "Type: message". The expected transcript is kept in the file as
"# expect: <line>" and "# expect error: <Type: message>" comment lines; object addresses
(0x7f...) are written as "0x…". Programs under error-locations/ record where the error
happened as "# expect error at <line>:<column>: <Type: message>": the 1-based line and column,
within its cell, of the failing expression in the innermost frame of that cell.

usage (with the reference venv's Python, which `make reference` makes):
  python scripts/reference/python-programs.py                  # rewrite what changed
  python scripts/reference/python-programs.py --check          # only compare
  python scripts/reference/python-programs.py [--check] FILE…  # some files
"""
import contextlib
import io
import os
import re
import sys
import tempfile
import traceback

from IPython.core.interactiveshell import InteractiveShell

import _reference as ref

ROOT = ref.path("Tests/InterpreterTests/Fixtures/programs")
ADDRESS = re.compile(r"0x[0-9a-f]{6,}")


def cells_of(text):
    body = "\n".join(l for l in text.split("\n") if not l.startswith("# expect"))
    return body.split("\n# %%\n")


def location(e):
    """The (line, 1-based column) of the innermost traceback frame in the failing cell."""
    frames = traceback.extract_tb(e.__traceback__)
    cell = next((f.filename for f in frames if f.name == "<module>"), None)
    mine = [f for f in frames if f.filename == cell]
    if not mine:
        return None
    f = mine[-1]
    return f.lineno, (f.colno or 0) + 1


def transcript(path):
    """Runs a fixture in a fresh IPython shell; returns its transcript lines."""
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance()
    shell.colors = "NoColor"
    shell.showtraceback = lambda *a, **k: None
    shell.displayhook.write_output_prompt = lambda: None
    shell.displayhook.write_format_data = (
        lambda fmt, md=None: print(fmt["text/plain"]) if "text/plain" in fmt else None)
    text = open(path).read()
    locations = os.path.relpath(path, ROOT).startswith("error-locations" + os.sep)
    shown = ""
    for code in cells_of(text):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            result = shell.run_cell(code, store_history=True)
        shown += buf.getvalue()
        e = result.error_in_exec or result.error_before_exec
        if e is not None:
            message = str(e)
            if isinstance(e, SyntaxError):
                message = e.msg
            place = ""
            if locations and not isinstance(e, SyntaxError) and location(e):
                place = "at %d:%d: " % location(e)
            shown += "\x01" + place + (
                f"{type(e).__name__}: {message}" if message else type(e).__name__) + "\n"
    shown = ADDRESS.sub("0x…", shown)
    lines = shown.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def expectation_lines(lines):
    out = []
    for l in lines:
        if l.startswith("\x01"):
            rest = l[1:]
            out.append("# expect error" + (" " if rest.startswith("at ") else ": ") + rest)
        else:
            out.append(("# expect: " + l) if l else "# expect:")
    return out


def main(argv):
    update = "--check" not in argv
    paths = [os.path.abspath(a) for a in argv if not a.startswith("--")]
    if not paths:
        for folder, _, files in sorted(os.walk(ROOT)):
            paths += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".py")]
    os.chdir(tempfile.mkdtemp())
    failures = 0
    for path in paths:
        text = open(path).read()
        expected = [l for l in text.split("\n") if l.startswith("# expect")]
        actual = expectation_lines(transcript(path))
        if update:
            body = [l for l in text.rstrip("\n").split("\n") if not l.startswith("# expect")]
            while body and body[-1] == "":
                body.pop()
            ref.write_text(os.path.relpath(path, ref.ROOT), "\n".join(body + actual) + "\n")
        elif expected != actual:
            failures += 1
            print(f"MISMATCH {os.path.relpath(path, ROOT)}")
            for a, b in zip(expected + [""] * len(actual), actual + [""] * len(expected)):
                if a != b:
                    print(f"  expected: {a!r}\n  cpython:  {b!r}")
                    break
    if update:
        print(f"{len(paths)} fixture(s), {len(ref.written())} rewritten")
        return 0
    print(f"{len(paths)} fixture(s), {failures} mismatch(es)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
