def f():
    return
def g(x):
    return x, 1
def h():
    return *a, b
