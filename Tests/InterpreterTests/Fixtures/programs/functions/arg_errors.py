def f(a, b=2):
    return a + b
def g(x, *, y):
    return x + y
class K:
    def m(self, v):
        return v
tests = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int('x'),
    lambda: int('12', base=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
    except ValueError as e:
        print('ValueError:', e)
f(1, 2, 3, 4)
# expect: TypeError: f() missing 1 required positional argument: 'a'
# expect: TypeError: f() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: f() got an unexpected keyword argument 'c'
# expect: TypeError: f() got multiple values for argument 'a'
# expect: TypeError: g() missing 1 required keyword-only argument: 'y'
# expect: TypeError: g() takes 1 positional argument but 2 were given
# expect: TypeError: K.m() missing 1 required positional argument: 'v'
# expect: TypeError: K.m() takes 2 positional arguments but 3 were given
# expect: TypeError: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given
# expect: TypeError: len() takes exactly one argument (0 given)
# expect: TypeError: len() takes exactly one argument (2 given)
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: ValueError: int() base must be >= 2 and <= 36, or 0
# expect error: TypeError: f() takes from 1 to 2 positional arguments but 4 were given
