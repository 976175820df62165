print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x > 5])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 3 for x in range(10)})
print({k: len(k) for k in ['a', 'bb', 'ccc']})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print([[j for j in range(i)] for i in range(4)])
x = 'outer'
print([x for x in 'abc'], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([y for y in (1, 2, 3) if (z := y * 2) > 2], z)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sum([i for i in range(101)]), sorted({3, 1, 2}))
# expect: [0, 1, 4, 9, 16, 25]
# expect: [6, 9, 12, 15, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: {0, 1, 2}
# expect: {'a': 1, 'bb': 2, 'ccc': 3}
# expect: {1: 'a', 2: 'b'}
# expect: [[], [0], [0, 1], [0, 1, 2]]
# expect: ['a', 'b', 'c'] outer
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: [2, 3] 6
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: 5050 [1, 2, 3]
