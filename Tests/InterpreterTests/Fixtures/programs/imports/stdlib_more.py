import math, functools, itertools, time, sys
print(math.sqrt(2), math.floor(-1.5), math.ceil(1.2), math.pi, math.e, math.inf, math.isnan(math.nan), math.log(100, 10), math.exp(1), math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3]), math.fsum([0.1] * 10), math.hypot(3, 4), math.comb(5, 2), math.perm(5, 2), math.trunc(-2.7), math.copysign(1, -0.0), math.log2(8), math.log10(1000), math.atan2(1, 1), math.degrees(math.pi), math.sin(0), math.cos(0), math.tanh(0.5))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(pow, 2)(5))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(list(itertools.chain([1], [2, 3])), list(itertools.islice(itertools.count(5), 3)), list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations(range(4), 2)), list(itertools.accumulate([1, 2, 3])), [(k, list(g)) for k, g in itertools.groupby('aabbc')], list(itertools.zip_longest([1, 2], [3], fillvalue=0)), list(itertools.repeat(1, 3)))
import itertools, functools
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, 2, ''])), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise('abcd')))
print(list(itertools.islice(itertools.cycle('ab'), 5)), [k for k, _ in itertools.groupby([1, 1, 2, 1])], [(k, len(list(g))) for k, g in itertools.groupby(['ab', 'ac', 'b'], key=lambda s: s[0])])
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
@functools.cache
def f(a, b=1): return a + b
print(f(1), f(1, b=2), f(a=1))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named(3))
try:
    sq([1])
except TypeError as e:
    print(e)
import math
print(math.perm(5), math.perm(5, 2), math.perm(3, 5))
# expect: 1.4142135623730951 -2 2 3.141592653589793 2.718281828459045 inf True 2.0 2.718281828459045 6 2432902008176640000 True 6 1.0 5.0 10 20 -2 -1.0 3.0 3.0 0.7853981633974483 180.0 0.0 1.0 0.46211715726000974
# expect: 24 32
# expect: 23416728348467685
# expect: [1, 2, 3] [5, 6, 7] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [(1, 2), (1, 3), (2, 1)] [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)] [1, 3, 6] [('a', ['a', 'a']), ('b', ['b', 'b']), ('c', ['c'])] [(1, 3), (2, 0)] [1, 1, 1]
# expect: [1, 2] [5, 1]
# expect: [0, ''] [8, 9] [('a', 'b'), ('b', 'c'), ('c', 'd')]
# expect: ['a', 'b', 'a', 'b', 'a'] [1, 2, 1] [('a', 2), ('b', 1)]
# expect: computing 2
# expect: computing 3
# expect: computing 4
# expect: computing 2
# expect: 4 4 9 16 4
# expect: 2 3 2
# expect: named doc here 3
# expect: unhashable type: 'list'
# expect: 120 20 0
