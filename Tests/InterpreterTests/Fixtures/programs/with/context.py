class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed('a') as value:
    print('inside', value)
with Managed('outer') as o, Managed('inner') as i:
    print('both', o, i)
with Managed('quiet', suppress=True):
    raise ValueError('swallowed')
print('after quiet')
def early():
    with Managed('ret'):
        return 'returned'
print(early())
for i in range(2):
    with Managed(f'loop{i}'):
        if i == 0:
            continue
        break
try:
    with Managed('loud'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
try:
    with 42:
        pass
except TypeError as e:
    print(e)
with Managed('final'):
    1 / 0
# expect: enter a
# expect: inside A
# expect: exit a None None
# expect: enter outer
# expect: enter inner
# expect: both OUTER INNER
# expect: exit inner None None
# expect: exit outer None None
# expect: enter quiet
# expect: exit quiet ValueError swallowed
# expect: after quiet
# expect: enter ret
# expect: exit ret None None
# expect: returned
# expect: enter loop0
# expect: exit loop0 None None
# expect: enter loop1
# expect: exit loop1 None None
# expect: enter loud
# expect: exit loud KeyError 'k'
# expect: caught KeyError('k')
# expect: 'int' object does not support the context manager protocol
# expect: enter final
# expect: exit final ZeroDivisionError division by zero
# expect error: ZeroDivisionError: division by zero
