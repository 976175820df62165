# lit-expected-deviation: lit cells do not support generators
def f():
    yield 1
