def f(a, b=2, *args, c, d=4, **kwargs) -> int:
    return a
def g(x, /, y, *, z):
    pass
def h(a: int = 1, *args: str, **kw: 'Any') -> None: ...
def k(p, q=1, /, r=2): pass
