del x
del a[0], b.c
del (x, y)
del [p, q]
