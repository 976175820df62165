def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = 'enclosing'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make_adders():
    return [lambda y, n=n: y + n for n in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
def param_cell(v):
    def get():
        return v
    v = v * 2
    return get
print(param_cell(21)())
def unbound_free():
    def inner():
        return y
    r = None
    try:
        r = inner()
    except NameError as e:
        r = str(e)
    y = 1
    return r
print(unbound_free())
# expect: 1 2 3
# expect: 1 4
# expect: enclosing
# expect: [10, 11, 12]
# expect: [2, 2, 2]
# expect: (2, 1)
# expect: 42
# expect: cannot access free variable 'y' where it is not associated with a value in enclosing scope
