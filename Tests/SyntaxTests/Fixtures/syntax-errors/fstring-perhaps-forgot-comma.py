# lit-expected-deviation: CPython 3.11 counts columns inside its own '(a b)' copy of the field; lit reports the real position, as CPython 3.12 does
x = f"{a b}"
