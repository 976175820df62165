import math
import math as m
from math import sqrt, pi as PI
from functools import reduce, partial
import itertools
print(math.sqrt(4), m.floor(2.5), sqrt(9), round(PI, 3))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
double = partial(lambda x, k: x * k, k=2)
print(double(21))
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.chain([1], (2, 3))))
print(list(itertools.product('ab', [1, 2])), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.combinations('abc', 2)), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.zip_longest([1, 2], 'a', fillvalue='-')), list(itertools.repeat('x', 2)))
import sys
print(sys.maxsize > 2 ** 32, type(sys.version_info[0]).__name__)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
def local_import():
    import math as mm
    return mm.ceil(1.2)
print(local_import())
import notamodule
# expect: 2.0 2 3.0 3.142
# expect: 24 0
# expect: 42
# expect: [5, 6, 7] [1, 2, 3]
# expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)] [(1, 2), (1, 3), (2, 1)]
# expect: [('a', 'b'), ('a', 'c'), ('b', 'c')] [1, 3, 6]
# expect: [(1, 'a'), (2, '-')] ['x', 'x']
# expect: True int
# expect: ModuleNotFoundError No module named 'no_such_module'
# expect: ImportError cannot import name 'no_such_name' from 'math'
# expect: 2
# expect error: ModuleNotFoundError: No module named 'notamodule'
