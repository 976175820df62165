a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = 'hello'
print(init, last)
head, *mid, tail = (1, 2)
print(head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 0]
lst[0], lst[1] = 'a', 'b'
print(lst)
class O:
    pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
print(*[1, 2], *'ab', sep='|')
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3), f(**{'a': 1, 'b': 2, 'c': 3}))
print([*range(2), *[9]], (*'ab',), {*'aab'} == {'a', 'b'}, {**{'x': 1}, **{'y': 2}})
for bad in ['a, b = 1, 2, 3', 'a, b, c = 1, 2', 'a, b = 1', 'a, *b, c = [1]']:
    try:
        if bad == 'a, b = 1, 2, 3': a, b = 1, 2, 3
        if bad == 'a, b, c = 1, 2': a, b, c = 1, 2
        if bad == 'a, b = 1': a, b = 1
        if bad == 'a, *b, c = [1]': a, *b, c = [1]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: 1 2 3
# expect: 0 [1, 2, 3, 4]
# expect: ['h', 'e', 'l', 'l'] o
# expect: 1 [] 2
# expect: 1 2 3
# expect: 0 a 1
# expect: 1 b 2
# expect: 1 0 0
# expect: ['a', 'b']
# expect: 1 2
# expect: 1|2|a|b
# expect: 6 6
# expect: [0, 1, 9] ('a', 'b') True {'x': 1, 'y': 2}
# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: TypeError cannot unpack non-iterable int object
# expect: ValueError not enough values to unpack (expected at least 2, got 1)
