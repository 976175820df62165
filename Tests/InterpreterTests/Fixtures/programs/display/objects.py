class Plain:
    pass
Plain
# %%
Plain()
# %%
[Plain(), Plain()]
# %%
class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
[WithRepr(), {'k': WithRepr()}]
# %%
class Multi:
    def __repr__(self):
        return 'line one\nline two'
[Multi(), Multi()]
# %%
def f(x, y=1, *args, z, **kw):
    pass
f
# %%
lambda a: a
# %%
len
# %%
print
# %%
int
# %%
ValueError('bad value')
# %%
[KeyError('k'), ValueError()]
# %%
class MyError(Exception):
    pass
MyError('custom', 2)
# %%
range(3)
# %%
slice(1, 2)
# %%
{}.keys()
# %%
{'a': 1}.items()
# %%
iter([1])
# %%
type(Plain())
# %%
Plain.__mro__
# %%
import math
math.sqrt
# %%
[].append
# %%
WithRepr().__repr__
# %%
...
# %%
1e16, 1.5e-7, 100.0, 2**70
# expect: __main__.Plain
# expect: <__main__.Plain at 0x…>
# expect: [<__main__.Plain at 0x…>, <__main__.Plain at 0x…>]
# expect: [WithRepr(), {'k': WithRepr()}]
# expect: [line one
# expect:  line two,
# expect:  line one
# expect:  line two]
# expect: <function __main__.f(x, y=1, *args, z, **kw)>
# expect: <function __main__.<lambda>(a)>
# expect: <function len(obj, /)>
# expect: <function print(*args, sep=' ', end='\n', file=None, flush=False)>
# expect: int
# expect: ValueError('bad value')
# expect: [KeyError('k'), ValueError()]
# expect: __main__.MyError('custom', 2)
# expect: range(0, 3)
# expect: slice(1, 2, None)
# expect: dict_keys([])
# expect: dict_items([('a', 1)])
# expect: <list_iterator at 0x…>
# expect: __main__.Plain
# expect: (__main__.Plain, object)
# expect: <function math.sqrt(x, /)>
# expect: <function list.append(object, /)>
# expect: <bound method WithRepr.__repr__ of WithRepr()>
# expect: Ellipsis
# expect: (1e+16, 1.5e-07, 100.0, 1180591620717411303424)
