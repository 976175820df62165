print(1 + 2.5, 3 * 0.5, 7 / 7, 2 ** 0.5, 9 ** 0.5)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 0.1 + 0.2 == 0.3)
print(int(3.9), int(-3.9), int('42'), int(' -7 '), int('1_000'), int('ff', 16), int('0x1f', 0), int('101', 2))
print(float('1.5'), float(' 2 '), float('1e3'), float('-inf'), float(3))
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0.0))
print(hash(1) == hash(1.0), hash(True) == hash(1))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, 2))
print(float(2**53 + 1) == 2**53 + 1, 2**53 + 1 > float(2**53))
# expect: 3.5 1.5 1.0 1.4142135623730951 3.0
# expect: True True True False
# expect: 3 -3 42 -7 1000 255 31 5
# expect: 1.5 2.0 1000.0 -inf 3.0
# expect: False True False True False True False False
# expect: True True
# expect: 3.0 1.5 -4.0 0.5 (3.0, 1.5)
# expect: False True
