@decorator
def f(): pass

@a.b(c=1)
@staticmethod
def g(x): return x

@dataclass
class P:
    x: int = 0
