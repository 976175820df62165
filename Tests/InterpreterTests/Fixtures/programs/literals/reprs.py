print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr('\n\t\r\\'), repr('\x00\x7f\x80'), repr('é ü 中'))
print(repr(1.0), repr(100.0), repr(1e16), repr(1.5e-7), repr(0.1 + 0.2))
print(repr([1, 'a', None]), repr((1,)), repr({'k': (1, 2)}))
print(repr(set()), repr({3, 1, 2}), repr(frozenset()), repr(frozenset({1})))
print(repr(range(5)), repr(range(1, 10, 2)), repr(slice(1, 2)))
print(str(1.25), str('x'), str([1.5, 'y']))
print(repr(float('inf')), repr(float('-inf')), repr(float('nan')))
# expect: "it's" 'say "hi"' 'both \' and "'
# expect: '\n\t\r\\' '\x00\x7f\x80' 'é ü 中'
# expect: 1.0 100.0 1e+16 1.5e-07 0.30000000000000004
# expect: [1, 'a', None] (1,) {'k': (1, 2)}
# expect: set() {1, 2, 3} frozenset() frozenset({1})
# expect: range(0, 5) range(1, 10, 2) slice(1, 2, None)
# expect: 1.25 x [1.5, 'y']
# expect: inf -inf nan
