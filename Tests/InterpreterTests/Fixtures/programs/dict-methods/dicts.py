d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, d['a'], d.get('z'), d.get('z', 0), len(d), 'b' in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d.pop('zz', 'none'), d)
d.update({'x': 9}, y=8)
print(d, d.setdefault('x', 0), d.setdefault('new', []), d)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d)
print(dict.fromkeys('ab', 0), {k: v for k, v in zip('xy', [1, 2])})
for k, v in {'p': 1, 'q': 2}.items():
    print(k, v)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
del counts['m']
print(counts, {**counts, 's': 0}, counts | {'z': 1})
keys = {(1, 2): 'tuple', 1: 'int', 1.5: 'float', True: 'bool?', None: 'none'}
print(keys[(1, 2)], keys[1], keys[1.0], keys[None], len(keys))
try:
    d['missing']
except KeyError as err:
    print('KeyError', err)
try:
    {[1]: 2}
except TypeError as err:
    print(err)
x = {'a': 1}
for k in list(x):
    x[k + 'b'] = 2
print(x)
try:
    for k in x:
        x['new' + k] = 1
except RuntimeError as err:
    print(err)
# expect: {'a': 1, 'b': 2, 'c': 3} 1 None 0 3 True
# expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
# expect: 1 none {'b': 2, 'c': 3}
# expect: {'b': 2, 'c': 3, 'x': 9, 'y': 8, 'new': []} 9 [] {'b': 2, 'c': 3, 'x': 9, 'y': 8, 'new': []}
# expect: ('new', []) {'b': 2, 'c': 3, 'x': 9, 'y': 8}
# expect: {} {'b': 2, 'c': 3, 'x': 9, 'y': 8}
# expect: {'a': 0, 'b': 0} {'x': 1, 'y': 2}
# expect: p 1
# expect: q 2
# expect: {'m': 1, 'i': 4, 's': 4, 'p': 2} ['i', 's', 'p', 'm']
# expect: {'i': 4, 's': 4, 'p': 2} {'i': 4, 's': 0, 'p': 2} {'i': 4, 's': 4, 'p': 2, 'z': 1}
# expect: tuple bool? bool? none 4
# expect: KeyError 'missing'
# expect: unhashable type: 'list'
# expect: {'a': 1, 'ab': 2}
# expect: dictionary changed size during iteration
