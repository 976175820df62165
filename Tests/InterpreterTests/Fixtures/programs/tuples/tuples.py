t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), 2 in t)
print(t + (4,), t * 2, (1,) * 3, tuple('ab'), tuple(), (1, (2, 3)))
single = 5,
print(single, type(single).__name__, () == tuple())
x, y = 1, 2
x, y = y, x
print(x, y)
point = (3, 4)
print('%d,%d' % point, max(point), sorted((3, 1, 2)), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(e)
print((1, 2) == [1, 2], (1, 2) < (1, 3), ((1,),) != ((2,),))
# expect: (1, 2, 3, 2) 2 2 (2, 3) 2 2 4 True
# expect: (1, 2, 3, 2, 4) (1, 2, 3, 2, 1, 2, 3, 2) (1, 1, 1) ('a', 'b') () (1, (2, 3))
# expect: (5,) tuple True
# expect: 2 1
# expect: 3,4 4 [1, 2, 3] True
# expect: 'tuple' object does not support item assignment
# expect: False True True
