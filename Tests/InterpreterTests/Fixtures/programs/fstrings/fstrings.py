name = 'World'
n = 42
pi = 3.14159265
print(f'Hello, {name}!')
print(f'{n} {n:5} {n:<5}| {n:05} {n:x} {n:b} {n:,}')
print(f'{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {pi:.0%}')
print(f'{name!r} {name!s} {name:>8} {name:*^9}')
print(f'{n + 1} {n * 2} {[1, 2][0]} {"nested"}')
width = 7
print(f'{pi:{width}.2f}|')
print(f'{{literal}} {n}')
print(f'{n=} {pi=:.1f} {name = }')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{1e16} {1.5e-7} {0.1 + 0.2}')
print(f'{True} {None} {3.0}')
# expect: Hello, World!
# expect: 42    42 42   | 00042 2a 101010 42
# expect: 3.14      3.142 3.141593e+00 3.14159 314%
# expect: 'World' World    World **World**
# expect: 43 84 1 nested
# expect:    3.14|
# expect: {literal} 42
# expect: n=42 pi=3.1 name = 'World'
# expect: 2 items: a, b
# expect: 1e+16 1.5e-07 0.30000000000000004
# expect: True None 3.0
