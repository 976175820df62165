def h(a: int = , b): pass
