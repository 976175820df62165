s = '  Hello World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('a,b,,c'.split(','), 'a b  c'.split(), ' a b '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(str(i) for i in range(5)))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'))
print('hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')))
print('abc'.upper(), 'ABC'.lower(), 'hello world'.title(), 'hello World'.capitalize(), 'AbC'.swapcase())
print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '  '.isspace(), 'abc'.islower(), 'ABC'.isupper(), ''.isdigit())
print('x'.center(5, '*'), 'x'.ljust(4, '.'), 'x'.rjust(4), '42'.zfill(5), '-42'.zfill(5))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'abc'.partition('z'))
print('prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
print('{} and {}'.format('a', 'b'), '{1} {0}'.format('x', 'y'), '{name}!'.format(name='hi'))
print('{:>6}|{:<6}|{:^6}|{:.3f}|{:,}|{:08.2f}|{:x}|{:#b}'.format('r', 'l', 'c', 3.14159, 1234567, -3.5, 255, 5))
print('a\tb'.expandtabs(4), 'Hello'.casefold(), 'ab'.isidentifier(), '1a'.isidentifier())
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    '-'.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
# expect: 'Hello World' 'Hello World  ' '  Hello World' 'hi'
# expect: ['a', 'b', '', 'c'] ['a', 'b', 'c'] ['', 'a', 'b', ''] ['a', 'b,c'] ['a,b', 'c']
# expect: ['line1', 'line2', 'line3'] ['x\n', 'y\n']
# expect: a-b-c 01234
# expect: heLLo heLlo bbbbbb
# expect: 2 3 -1 1 2
# expect: True True True
# expect: ABC abc Hello World Hello world aBc
# expect: True True True True True True False
# expect: **x** x...    x 00042 -0042
# expect: ('key', '=', 'value=x') ('key=value', '=', 'x') ('abc', '', '')
# expect: name file
# expect: a and b y x hi!
# expect:      r|l     |  c   |3.142|1,234,567|-0003.50|ff|0b101
# expect: a   b hello True False
# expect: ValueError: substring not found
# expect: TypeError: sequence item 0: expected str instance, int found
