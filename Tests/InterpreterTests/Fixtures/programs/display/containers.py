[1, 2.5, 'a', None, True]
# %%
(1,)
# %%
{'a': 1, 'b': [1, 2]}
# %%
list(range(40))
# %%
[list(range(10)) for _ in range(5)]
# %%
{i: 'x' * i for i in range(12)}
# %%
set(range(30))
# %%
{'b', 'a', 'c'}
# %%
tuple(range(25))
# %%
[[1, 2], [3, 4]]
# %%
{'nested': {'deep': list(range(20)), 'other': ('t' * 30, 'u' * 30)}}
# %%
frozenset({3, 1})
# %%
[]
# %%
()
# %%
{}
# %%
set()
# %%
list(range(1001))[-3:]
# %%
'text'
# %%
None
# %%
x = 5
# %%
x
# %%
x;
# %%
print('printed'); x
# %%
_
# %%
[1, 2] * 30
# expect: [1, 2.5, 'a', None, True]
# expect: (1,)
# expect: {'a': 1, 'b': [1, 2]}
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29,
# expect:  30,
# expect:  31,
# expect:  32,
# expect:  33,
# expect:  34,
# expect:  35,
# expect:  36,
# expect:  37,
# expect:  38,
# expect:  39]
# expect: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
# expect: {0: '',
# expect:  1: 'x',
# expect:  2: 'xx',
# expect:  3: 'xxx',
# expect:  4: 'xxxx',
# expect:  5: 'xxxxx',
# expect:  6: 'xxxxxx',
# expect:  7: 'xxxxxxx',
# expect:  8: 'xxxxxxxx',
# expect:  9: 'xxxxxxxxx',
# expect:  10: 'xxxxxxxxxx',
# expect:  11: 'xxxxxxxxxxx'}
# expect: {0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29}
# expect: {'a', 'b', 'c'}
# expect: (0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24)
# expect: [[1, 2], [3, 4]]
# expect: {'nested': {'deep': [0,
# expect:    1,
# expect:    2,
# expect:    3,
# expect:    4,
# expect:    5,
# expect:    6,
# expect:    7,
# expect:    8,
# expect:    9,
# expect:    10,
# expect:    11,
# expect:    12,
# expect:    13,
# expect:    14,
# expect:    15,
# expect:    16,
# expect:    17,
# expect:    18,
# expect:    19],
# expect:   'other': ('tttttttttttttttttttttttttttttt',
# expect:    'uuuuuuuuuuuuuuuuuuuuuuuuuuuuuu')}}
# expect: frozenset({1, 3})
# expect: []
# expect: ()
# expect: {}
# expect: set()
# expect: [998, 999, 1000]
# expect: 'text'
# expect: 5
# expect: printed
# expect: 5
# expect: 5
# expect: [1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2,
# expect:  1,
# expect:  2]
