def greet(name, greeting='Hello', *rest, punct='!', **extra):
    return f'{greeting}, {name}{punct} {rest} {extra}'
print(greet('Ann'))
print(greet('Bob', 'Hi', 1, 2, punct='?', mood='happy'))
print(greet(greeting='Yo', name='Cy'))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=0))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=4))
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, 2, x=3), varargs(*[1, 2], **{'y': 4}))
args = (1, 2)
print(posonly(*args, 3), greet(*['Dee'], **{'punct': '.'}))
def no_return():
    pass
print(no_return())
def docs():
    """The docstring."""
    return docs.__doc__
print(docs(), docs.__name__, greet.__defaults__, kwonly.__kwdefaults__)
square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), square.__name__)
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(25))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
# expect: Hello, Ann! () {}
# expect: Hi, Bob? (1, 2) {'mood': 'happy'}
# expect: Yo, Cy! () {}
# expect: 6 3
# expect: (1, 2, 3) (1, 2, 4)
# expect: ((), {}) ((1, 2), {'x': 3}) ((1, 2), {'y': 4})
# expect: (1, 2, 3) Hello, Dee. () {}
# expect: None
# expect: The docstring. docs ('Hello',) {'c': 3}
# expect: 49 6 <lambda>
# expect: 2432902008176640000 15511210043330985984000000
# expect: [1, 2] [1, 2]
