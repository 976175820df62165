print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3)
print(1 << 10, 1024 >> 3, -16 >> 2, 6 & 3, 6 | 3, 6 ^ 3, ~5, ~-1)
print(abs(-5), abs(5), -(-5), +5)
print(True + True, True * 3, False - 1, True / 2)
print(10 / 4, 10 / 5, -10 / 4)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(round(7 / 2), round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2))
x = 5
x += 2
x -= 1
x *= 3
x //= 4
x **= 2
x %= 7
print(x)
# expect: 10 4 21 3.5 3 1 49
# expect: -4 2 -4 -2 3 -1
# expect: (3, 2) (-4, 3) (-4, -3)
# expect: 0.5 1 1 -8
# expect: 1024 128 -4 2 7 5 -6 0
# expect: 5 5 5 5
# expect: 2 3 -1 0.5
# expect: 2.5 2.0 -2.5
# expect: 1024 24 5
# expect: 4 2 4 -2 1.23 1200
# expect: 2
