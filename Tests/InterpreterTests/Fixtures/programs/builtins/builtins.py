print(len([1, 2]), len('abc'), len({}), len(range(10)), len((1,)))
print(list(range(3)), list(range(2, 10, 3)), list(range(5, 0, -2)), range(10)[2:5], range(10)[-1])
print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1], [2], [3])))
print(list(enumerate('ab')), list(enumerate('ab', 1)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'x'])))
print(list(filter(lambda x: x % 2, range(6))), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3))
print(min(3, 1, 2), max([1, 5, 3]), min('abc'), max('hello', key=lambda c: ord(c)), min([], default=0))
print(abs(-3.5), round(3.14159, 2), divmod(9, 4), pow(2, 8))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance('a', str))
print(issubclass(bool, int), issubclass(int, (str, object)), type(type(1)).__name__)
print(int, str, type(None), object, type)
print(callable(len), callable(1), callable(lambda: 0), callable(int))
print(hex(255), oct(8), bin(5), hex(-1), chr(65), ord('A'), chr(0x4e2d))
print(any([0, 0]), all([1, 'a']), repr(None), ascii('x') if False else 'skip')
print(list(iter([1, 2])), next(iter('xy')), next(iter([]), 'default'))
d = dict(a=1, b=2)
print(d, dict([('x', 1)]), dict({'y': 2}, z=3), list(d), tuple([1, 2]), set([1, 1, 2]), frozenset([3]))
print('no bytes', format(3.5, '.1f'), id(d) == id(d), hash('a') == hash('a'))
print(type(iter([])).__name__, type(range(3)).__name__, type(zip()).__name__, type(map(str, [])).__name__)
print(getattr([], 'append').__name__, vars(type('X', (), {'k': 1})())) if False else None
print(divmod(-7, 2), round(-3.5), round(4.5), round(0.125, 2))
print(sorted({'b': 1, 'a': 2}.items()), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max([(1, 'a'), (1, 'b')]), min(['b', 'a'], key=str.upper) if False else min(['b', 'a']))
print(list(zip(*[(1, 'a'), (2, 'b')])), [*range(3), *'ab'], {**{'a': 1}, 'b': 2})
# expect: 2 3 0 10 1
# expect: [0, 1, 2] [2, 5, 8] [5, 3, 1] range(2, 5) 9
# expect: [1, 2, 3] ['a', 'b', 'c'] [3, 2, 1] ['a', 'bb', 'ccc']
# expect: [3, 2, 1] ['c', 'b', 'a'] [2, 1, 0]
# expect: [(1, 'a'), (2, 'b'), (3, 'c')] [] [(1, 2, 3)]
# expect: [(0, 'a'), (1, 'b')] [(1, 'a'), (2, 'b')]
# expect: ['1', '2'] [11, 22] [1, 'x']
# expect: [1, 3, 5] 6 13 0.30000000000000004
# expect: 1 5 a o 0
# expect: 3.5 3.14 (2, 1) 256
# expect: True True False True
# expect: True True type
# expect: <class 'int'> <class 'str'> <class 'NoneType'> <class 'object'> <class 'type'>
# expect: True False True True
# expect: 0xff 0o10 0b101 -0x1 A 65 中
# expect: False True None skip
# expect: [1, 2] x default
# expect: {'a': 1, 'b': 2} {'x': 1} {'y': 2, 'z': 3} ['a', 'b'] (1, 2) {1, 2} frozenset({3})
# expect: no bytes 3.5 True True
# expect: list_iterator range zip map
# expect: (-4, 1) -4 4 0.12
# expect: [('a', 2), ('b', 1)] [(0, 'z'), (1, 'a'), (1, 'b')]
# expect: (1, 'b') a
# expect: [(1, 2), ('a', 'b')] [0, 1, 2, 'a', 'b'] {'a': 1, 'b': 2}
