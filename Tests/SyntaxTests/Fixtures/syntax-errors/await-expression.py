# lit-expected-deviation: lit cells do not support coroutines
def f():
    await g()
