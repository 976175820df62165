print(hasattr([], '__len__'), hasattr(1, '__iter__'), hasattr('a', '__iter__'), hasattr({}, '__getitem__'), hasattr(len, '__call__'))
print([].__hash__, {}.__hash__ is None, hasattr(iter([]), '__next__'), callable(getattr([], '__len__')))
print((1).__truediv__(2.0), (1.5).__rsub__(1), (2).__pow__(10), (7).__rfloordiv__(50), (3).__divmod__(2))
print({1}.__or__({2}), {1, 2}.__rsub__({2, 3}), {'a': 1}.__or__({'b': 2}), [1].__mul__(2), 'ab'.__rmul__(2))
x = [1]; x.__iadd__([2]); x.__setitem__(0, 9); x.__delitem__(1); print(x, x.__contains__(9), 'abc'.__getitem__(slice(1, None)))
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(1.5), 'a'.__lt__('b'), [1].__eq__([1]), (None).__eq__(None), (1, 2).__ge__((1,)))
print(True.__add__(1), True.__neg__(), (2.5).__abs__(), (-3).__abs__(), (5).__invert__(), (0).__bool__(), None.__bool__())
try:
    [].__len__(1)
except TypeError as e:
    print(e)
try:
    'a'.__add__(1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class K: pass
k = K(); k.x = 1; print(k.x)
print(sorted(n for n in dir(1) if n.startswith('__a')))
# expect: True False True True True
# expect: None True True True
# expect: NotImplemented -0.5 1024 7 (1, 1)
# expect: {1, 2} {3} {'a': 1, 'b': 2} [1, 1] abab
# expect: [9] True bc
# expect: NotImplemented True NotImplemented True True True True
# expect: 2 -1 2.5 3 -6 False False
# expect: expected 0 arguments, got 1
# expect: can only concatenate str (not "int") to str
# expect: 'object' object has no attribute 'x'
# expect: 1
# expect: ['__abs__', '__add__', '__and__']
