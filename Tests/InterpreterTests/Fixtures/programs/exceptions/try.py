def risky(n):
    if n == 0:
        raise ValueError('zero!')
    if n == 1:
        raise KeyError('one')
    return 10 / n
for n in [0, 1, 2, 'x']:
    try:
        r = risky(n)
    except ValueError as e:
        print('ValueError', e, e.args)
    except (KeyError, IndexError) as e:
        print('lookup', repr(e), str(e))
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('ok', r)
    finally:
        print('finally', n)
def f():
    try:
        return 'try'
    finally:
        print('cleanup')
print(f())
def g():
    try:
        raise RuntimeError('x')
    except RuntimeError:
        return 'handled'
    finally:
        print('g finally')
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
h()
try:
    try:
        raise TypeError('inner')
    except TypeError:
        raise
except TypeError as e:
    print('reraised', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '', e.args)
e = None
try:
    {}['missing']
except KeyError as err:
    e = err
print(repr(e), type(e).__name__)
try:
    [][1]
except LookupError as err:
    print(type(err).__name__, err)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as err:
    print(repr(err.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as err:
    print(type(err.__context__).__name__)
assert 1 == 1, 'fine'
try:
    assert 1 == 2, 'math broke'
except AssertionError as err:
    print('AssertionError', err)
raise KeyError('final')
# expect: ValueError zero! ('zero!',)
# expect: finally 0
# expect: lookup KeyError('one') 'one'
# expect: finally 1
# expect: ok 5.0
# expect: finally 2
# expect: other TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: finally x
# expect: cleanup
# expect: try
# expect: g finally
# expect: handled
# expect: body 0
# expect: fin 0
# expect: fin 1
# expect: fin 2
# expect: reraised inner
# expect: ValueError() True ()
# expect: KeyError('missing') KeyError
# expect: IndexError list index out of range
# expect: KeyError('b')
# expect: ZeroDivisionError
# expect: AssertionError math broke
# expect error: KeyError: 'final'
