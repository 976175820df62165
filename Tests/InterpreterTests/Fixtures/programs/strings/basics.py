s = 'Hello, World'
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1])
print(s + '!', s * 2, 'lo' in s, 'xyz' not in s, s.upper(), s.lower())
print('é' * 3, len('中文'), '中文'[1], 'naïve'[2:])
for ch in 'abc':
    print(ch, ord(ch), chr(ord(ch) + 1))
print('abc' < 'abd', 'Z' < 'a', 'a' == 'a', 'b' > 'abc')
print(str(42), str(3.5), str(None), str(True), str([1, 'x']))
t = 'x'
t += 'yz'
print(t, t[1], len(t))
print('%s is %d years and %.2f m' % ('Ann', 30, 1.756))
print('%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%r|%%' % ('a', 'b', 42, 7, 255, 255, 8, 1234.5, 'q'))
print('%(name)s=%(value)d' % {'name': 'k', 'value': 3})
# expect: 12 H d World Hello Hlo ol dlroW ,olleH Worl
# expect: Hello, World! Hello, WorldHello, World True True HELLO, WORLD hello, world
# expect: ééé 2 文 ïve
# expect: a 97 b
# expect: b 98 c
# expect: c 99 d
# expect: True True True True
# expect: 42 3.5 None True [1, 'x']
# expect: xyz y 3
# expect: Ann is 30 years and 1.76 m
# expect:     a|b    |00042|+7|ff|FF|10|1.234500e+03|'q'|%
# expect: k=3
