x = 1
a = b = c = 0
x, y = y, x
[a, b] = 1, 2
first, *rest = items
obj.attr = 3
d['k'] = v
(a, (b, c)) = t
