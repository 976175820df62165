s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-100], s[2:8][::-1])
t = 'abcdefgh'
print(t[1:4], t[::-1], t[-2:], t[::2], t[10:], t[3:3])
print((1, 2, 3, 4)[1:3], range(10)[1:7:2], list(range(10)[::-3]))
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, slice(None).indices(5), slice(-3, None).indices(10))
a = [0] * 6
a[1:3] = [7, 8, 9]
print(a)
a[:] = []
print(a)
b = list(range(6))
b[::2] = 'xyz'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(e)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1], g[1:2], g[::2], g[1, 2], g[1:2, ::3], g[...], g[None])
# expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [7, 8, 9] [0, 1, 2] [0, 3, 6, 9] [1, 3, 5, 7, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [9, 8, 7]
# expect: [] [0, 1] [] [9] [7, 6, 5, 4, 3, 2]
# expect: bcd hgfedcba gh aceg  
# expect: (2, 3) range(1, 7, 2) [9, 6, 3, 0]
# expect: [1, 4, 7] 1 8 3 (0, 5, 1) (7, 10, 1)
# expect: [0, 7, 8, 9, 0, 0, 0]
# expect: []
# expect: ['x', 1, 'y', 3, 'z', 5]
# expect: attempt to assign sequence of size 2 to extended slice of size 3
# expect: 1 slice(1, 2, None) slice(None, None, 2) (1, 2) (slice(1, 2, None), slice(None, None, 3)) Ellipsis None
