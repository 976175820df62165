"""Writes the `.err` file of every program in `syntax-errors/` from real CPython 3.11.

Run with the project's Python 3.11 (`/work/tfvenv/bin/python` on the team's machines):
    python Tests/SyntaxTests/Fixtures/expected-errors-from-cpython.py
Each `.err` holds `Type: message` and `line:column` (CPython's `lineno:offset`). A program
whose first line is `# lit-expected-deviation: ...` keeps its hand-written `.err` (lit reports
the real location where CPython 3.11 reports one inside its own rewritten text, or lit
refuses a feature on purpose); the comment says why.
"""
import pathlib
import sys

folder = pathlib.Path(__file__).parent / "syntax-errors"
for program in sorted(folder.glob("*.py")):
    source = program.read_bytes().decode("utf-8")
    if source.startswith("# lit-expected-deviation:"):
        continue
    try:
        compile(source, "<cell>", "exec")
        expected = "compiles\n"
    except SyntaxError as error:
        expected = f"{type(error).__name__}: {error.msg}\n{error.lineno}:{error.offset}\n"
    except (RecursionError, MemoryError) as error:
        expected = f"{type(error).__name__}: {error}\n"
    program.with_suffix(".err").write_text(expected)
    print(program.name, expected.replace("\n", " | "), file=sys.stderr)
