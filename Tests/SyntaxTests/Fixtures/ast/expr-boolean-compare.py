a and b
a or b or c
a and b or c and d
not a and b
a < b
a < b <= c
a == b != c
a in b
a not in b
a is b
a is not b
a > b >= c
