lambda: 0
lambda x: x + 1
lambda x, y=1, *a, k, **kw: (x, y)
lambda *, k: k
lambda a, /, b: a
f = lambda: (yield_value)
