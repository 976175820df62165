"""Regenerates the `.err` file of every program in `Tests/SyntaxTests/Fixtures/syntax-errors`
from real CPython 3.11 (the reference venv's Python, which `make reference` makes).

Each `.err` holds `Type: message` and `line:column` (CPython's `lineno:offset`). A program
whose first line is `# lit-expected-deviation: ...` keeps its hand-written `.err` (lit reports
the real location where CPython 3.11 reports one inside its own rewritten text, or lit
refuses a feature on purpose); the comment says why.
"""
import pathlib
import warnings
import sys

import _reference as ref

if sys.version_info[:2] != (3, 11):
    sys.exit(f"syntax-errors.py needs CPython 3.11, not {sys.version.split()[0]}")
warnings.simplefilter("ignore")  # CPython warns about some programs before it rejects them
folder = pathlib.Path(ref.path("Tests/SyntaxTests/Fixtures/syntax-errors"))
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
    ref.write_text(str(program.with_suffix(".err").relative_to(ref.ROOT)), expected)
