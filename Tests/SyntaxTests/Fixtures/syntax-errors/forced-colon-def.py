def f()@:
    pass
