def t(src):
    try:
        exec_(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
def exec_(s):
    return s()
t(lambda: 1 + 'a')
t(lambda: 'a' + 1)
t(lambda: len(5))
t(lambda: (None)())
t(lambda: [1][(None)])
t(lambda: {}[[]])
t(lambda: int('x'))
t(lambda: float('y'))
t(lambda: 1 / 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1 // 0.0)
t(lambda: [].pop())
t(lambda: {}.pop('a'))
t(lambda: [1].index(2))
t(lambda: 'abc'.index('z'))
t(lambda: set().pop())
t(lambda: undefined_name)
t(lambda: (1).foo)
t(lambda: 'x'.foo)
t(lambda: [].foo)
t(lambda: iter(5))
t(lambda: next(iter([])))
t(lambda: int(None))
t(lambda: sorted([1, 'a']))
t(lambda: 1 < 'a')
t(lambda: [1, 2] < [1, 'a'])
t(lambda: abs('a'))
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: 'a' * 'b')
t(lambda: [1] * 1.5)
t(lambda: {[1]: 2})
t(lambda: hash([]))
t(lambda: (1, 2)[5])
t(lambda: 'abc'[10])
t(lambda: (lambda x: x)())
t(lambda: (lambda x: x)(1, 2))
t(lambda: (lambda: 0)(a=1))
t(lambda: dict(1))
t(lambda: list(1))
t(lambda: tuple(None))
t(lambda: max([]))
t(lambda: min())
t(lambda: round('a'))
t(lambda: chr(-1))
t(lambda: range(1.5))
t(lambda: 'a'.join([1]))
t(lambda: str.upper(1))
t(lambda: [1, 2, 3][::0])
t(lambda: 2 ** 0.5 ** 'a')
t(lambda: isinstance(1, 2))
t(lambda: divmod(1, 0))
t(lambda: a_, )
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: type('X', (), {})().y)
t(lambda: int('12', 1))
t(lambda: 10 ** -1 % 0)
t(lambda: [].remove(3))
t(lambda: (0).bit_length() + 'x')
t(lambda: getattr(1, 'zz'))
t(lambda: 1 .__add__('a') + 1)
t(lambda: f"{1:q}")
t(lambda: "{} {}".format(1))
t(lambda: "{x}".format(y=1))
t(lambda: "%d" % 'a')
t(lambda: "%s %s" % (1,))
t(lambda: float('1e400'))
t(lambda: 10.0 ** 400)
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: 'NoneType' object is not callable
# expect: TypeError: list indices must be integers or slices, not NoneType
# expect: TypeError: unhashable type: 'list'
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: ValueError: could not convert string to float: 'y'
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: IndexError: pop from empty list
# expect: KeyError: 'a'
# expect: ValueError: 2 is not in list
# expect: ValueError: substring not found
# expect: KeyError: 'pop from an empty set'
# expect: NameError: name 'undefined_name' is not defined
# expect: AttributeError: 'int' object has no attribute 'foo'
# expect: AttributeError: 'str' object has no attribute 'foo'
# expect: AttributeError: 'list' object has no attribute 'foo'
# expect: TypeError: 'int' object is not iterable
# expect: StopIteration: 
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: TypeError: bad operand type for abs(): 'str'
# expect: TypeError: bad operand type for unary -: 'str'
# expect: TypeError: bad operand type for unary ~: 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: IndexError: tuple index out of range
# expect: IndexError: string index out of range
# expect: TypeError: <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'x'
# expect: TypeError: <lambda>.<locals>.<lambda>() takes 1 positional argument but 2 were given
# expect: TypeError: <lambda>.<locals>.<lambda>() got an unexpected keyword argument 'a'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'NoneType' object is not iterable
# expect: ValueError: max() arg is an empty sequence
# expect: TypeError: min expected at least 1 argument, got 0
# expect: TypeError: type str doesn't define __round__ method
# expect: ValueError: chr() arg not in range(0x…)
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: sequence item 0: expected str instance, int found
# expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# expect: ValueError: slice step cannot be zero
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'str'
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: NameError: name 'a_' is not defined
# expect: AttributeError: 'object' object has no attribute 'x'
# expect: AttributeError: 'object' object has no attribute 'x'
# expect: AttributeError: 'X' object has no attribute 'y'
# expect: ValueError: int() base must be >= 2 and <= 36, or 0
# expect: ZeroDivisionError: float modulo
# expect: ValueError: list.remove(x): x not in list
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: AttributeError: 'int' object has no attribute 'zz'
# expect: TypeError: unsupported operand type(s) for +: 'NotImplementedType' and 'int'
# expect: ValueError: Unknown format code 'q' for object of type 'int'
# expect: IndexError: Replacement index 1 out of range for positional args tuple
# expect: KeyError: 'x'
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: not enough arguments for format string
# expect: OverflowError: (34, 'Numerical result out of range')
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
