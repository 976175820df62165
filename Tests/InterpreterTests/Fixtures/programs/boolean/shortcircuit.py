def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t('') or t('') or t('x'))
print(not 0, not [1], not None)
print(1 and 'a' or 'b', 0 and 'a' or 'b', [] or {} or 'z')
x = None
print(x or 'default', x is None and 'none')
print(True if 1 > 0 else False, 'yes' if [] else 'no')
print(all([]), any([]), all([1, 1]), any([0, 0, 1]), all(x > 0 for x in [1, 2, -1]))
# expect: t 0
# expect: 0
# expect: t 1
# expect: t 2
# expect: 2
# expect: t 0
# expect: t 3
# expect: 3
# expect: t 
# expect: t 
# expect: t x
# expect: x
# expect: True False True
# expect: a b z
# expect: default none
# expect: True no
# expect: True False True True False
