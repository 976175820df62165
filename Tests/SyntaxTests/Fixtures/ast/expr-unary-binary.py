-x
+x
~x
not x
-2 ** 2
2 ** -1
a + b - c
a * b / c // d % e @ f
a << b >> c
a | b ^ c & d
2 ** 3 ** 2
--x
(a + b) * c
