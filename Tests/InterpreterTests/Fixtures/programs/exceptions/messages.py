cases = [
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: 'ab'[9],
    lambda: {}['k'],
    lambda: {'a': 1}[0],
    lambda: undefined_thing,
    lambda: (1).real.nope,
    lambda: None.attr,
    lambda: 'x' + 1,
    lambda: 1 + 'x',
    lambda: [1] + (2,),
    lambda: 'a' * 'b',
    lambda: -'a',
    lambda: len(5),
    lambda: iter(3),
    lambda: 5(),
    lambda: 'x'[None],
    lambda: [1]['a'],
    lambda: hash([]),
    lambda: int([]),
    lambda: float('abc'),
    lambda: int('3.5'),
    lambda: [].pop(),
    lambda: [1].remove(5),
    lambda: [1, 2].index(7),
    lambda: set().pop(),
    lambda: next(iter([])),
    lambda: sum(['a']),
    lambda: min([]),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: range(1, 2, 0),
    lambda: {1: 2}.pop(3),
    lambda: (lambda a, b: 0)(1),
    lambda: sorted([3, 'a']),
    lambda: 1 in 5,
    lambda: 2 in 'abc',
    lambda: 10 ** 400 * 1.0,
    lambda: round(float('inf')),
    lambda: int(float('nan')),
    lambda: 1 << -1,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
# expect: IndexError: list index out of range
# expect: IndexError: tuple index out of range
# expect: IndexError: string index out of range
# expect: KeyError: 'k'
# expect: KeyError: 0
# expect: NameError: name 'undefined_thing' is not defined
# expect: AttributeError: 'int' object has no attribute 'nope'
# expect: AttributeError: 'NoneType' object has no attribute 'attr'
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: can only concatenate list (not "tuple") to list
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: bad operand type for unary -: 'str'
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not callable
# expect: TypeError: string indices must be integers, not 'NoneType'
# expect: TypeError: list indices must be integers or slices, not str
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: ValueError: could not convert string to float: 'abc'
# expect: ValueError: invalid literal for int() with base 10: '3.5'
# expect: IndexError: pop from empty list
# expect: ValueError: list.remove(x): x not in list
# expect: ValueError: 7 is not in list
# expect: KeyError: 'pop from an empty set'
# expect: StopIteration: 
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: ValueError: min() arg is an empty sequence
# expect: ValueError: chr() arg not in range(0x…)
# expect: TypeError: ord() expected a character, but string of length 2 found
# expect: ValueError: range() arg 3 must not be zero
# expect: KeyError: 3
# expect: TypeError: <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'b'
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: argument of type 'int' is not iterable
# expect: TypeError: 'in <string>' requires string as left operand, not int
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: ValueError: negative shift count
