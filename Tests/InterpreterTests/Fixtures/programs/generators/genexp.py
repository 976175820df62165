g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in ['a', 'abc', 'ab']))
it = (print('consume', i) or i for i in range(3))
print('created')
print(next(it))
print(list(it))
print(list(x + y for x in 'ab' for y in 'xy'))
g2 = (i for i in [1, 2, 3])
print(type(g2).__name__, 2 in g2, list(g2))
try:
    next(iter([]))
except StopIteration:
    print('stop')
print(dict((str(i), i) for i in range(3)), tuple(i for i in 'hi'), set(c for c in 'aab') == {'a', 'b'})
nums = [1, 2, 3, 4]
print(any(n > 3 for n in nums), all(n > 0 for n in nums))
# expect: 0 1 [4, 9, 16] []
# expect: 25
# expect: 3
# expect: created
# expect: consume 0
# expect: 0
# expect: consume 1
# expect: consume 2
# expect: [1, 2]
# expect: ['ax', 'ay', 'bx', 'by']
# expect: generator True [3]
# expect: stop
# expect: {'0': 0, '1': 1, '2': 2} ('h', 'i') True
# expect: True True
