def trace(f):
    def wrapper(*args, **kwargs):
        print('calling', f.__name__, args, kwargs)
        return f(*args, **kwargs)
    wrapper.__name__ = f.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('there'))
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
names = []
@register(names)
class Thing:
    pass
@register(names)
class Other:
    pass
print(names)
order = []
def a(f):
    order.append('a')
    return f
def b(f):
    order.append('b')
    return f
@a
@b
def both():
    pass
print(order)
class Cached:
    @staticmethod
    @trace
    def s(x):
        return x * 2
print(Cached.s(4))
# expect: calling add (2, 3) {}
# expect: 5 add
# expect: ['hi there', 'hi there', 'hi there']
# expect: ['Thing', 'Other']
# expect: ['b', 'a']
# expect: calling s (4,) {}
# expect: 8
