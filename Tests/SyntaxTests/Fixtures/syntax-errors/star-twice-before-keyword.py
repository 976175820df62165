def f(a, *b, *return): pass
