a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(-1, 9)
a.insert(100, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(9)
print(a, a.index(2), a.count(1), 3 in a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, a.copy(), a[:] is a)
b = a * 2
b.clear()
print(b, a + [10], [0] * 3, [[]] * 2)
words = ['banana', 'Apple', 'cherry']
words.sort(key=str.lower)
print(words)
pairs = [(2, 'b'), (1, 'a'), (2, 'a')]
pairs.sort()
print(pairs, sorted(pairs, key=lambda p: p[1]))
nested = [[1, 2], [3]]
nested[0].append(9)
print(nested, [x for sub in nested for x in sub])
m = [1, 2, 3, 4, 5]
m[1:3] = ['a', 'b', 'c']
print(m)
m[::2] = [0, 0, 0]
print(m)
del m[0]
del m[::2]
print(m)
m += [7]
m *= 2
print(m, m.index(7, 2))
try:
    [].pop()
except IndexError as e:
    print(e)
# expect: [0, 3, 1, 2, 4, 5, 9, 6, 7] 9
# expect: 7 0 2 [3, 1, 4, 5, 9, 6]
# expect error: ValueError: 2 is not in list
