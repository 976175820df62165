x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
print(3 in [1, 2, 3], 4 not in (1, 2), 'a' in {'a': 1}, 2 in {1, 2}, 'bc' in 'abcd')
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1, [2]] == [1, [2]], (1, 'a') > (1, 'Z'))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
print('abc' < 'abd' < 'abe', max(3, 1, 2), min('b', 'a'))
def side(v):
    print('eval', v)
    return v
print(side(1) < side(2) < side(0) < side(5))
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(float('nan') < 1, float('nan') != float('nan'), 1 == 1.0 == True)
# expect: True False True True
# expect: True True True True True
# expect: True False True True True
# expect: True True True True
# expect: True False True True
# expect: True 3 a
# expect: eval 1
# expect: eval 2
# expect: eval 0
# expect: False
# expect: '<' not supported between instances of 'int' and 'str'
# expect: '<' not supported between instances of 'list' and 'tuple'
# expect: False True True
