s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b, {9}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a)
c = set('hello')
print(sorted(c), len(c))
c.update('abc', [1])
print(len(c))
c.intersection_update({'a', 'b', 1, 'z'})
print(sorted(c, key=str))
c.difference_update({1})
print(sorted(c))
print(set(), set([]), frozenset({1, 2}), {frozenset({1}): 'x'})
print({x * 2 for x in range(5)}, set(range(20)), {-1, -2, 5})
print({100, 1000, 10, 1, 50}, {7, 15, 23, 31})
p = {1, 2, 3}
print(p.pop(), p)
try:
    set().remove(1)
except KeyError as e:
    print('KeyError', e)
print({1, 2} == {2, 1}, {1, 2} != frozenset({1, 2}), frozenset('ab') | {'c'} == {'a', 'b', 'c'})
# expect: {1, 2, 4} 3 True
# expect: {1, 2, 3, 4} {2, 3} {1} {1, 4}
# expect: {1, 2, 3, 4, 9} {2, 3} {1} {1, 4}
# expect: True True True True True
# expect: ['e', 'h', 'l', 'o'] 4
# expect: 8
# expect: [1, 'a', 'b']
# expect: ['a', 'b']
# expect: set() set() frozenset({1, 2}) {frozenset({1}): 'x'}
# expect: {0, 2, 4, 6, 8} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19} {5, -1, -2}
# expect: {1, 50, 100, 1000, 10} {7, 15, 23, 31}
# expect: 1 {2, 3}
# expect: KeyError 1
# expect: True False True
