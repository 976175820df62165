import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10))
print(math.isnan(float('nan')), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3))
print(math.fabs(-3), math.factorial(10), math.gcd(12, 18), math.hypot(3, 4))
print(math.pow(2, 10), math.isqrt(17), math.comb(5, 2), math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
print(math.inf, -math.inf, math.nan)
# expect: 4.0 1.4142135623730951 3.141592653589793 2.718281828459045
# expect: 2 3 -3 -2
# expect: 2.718281828459045 1.0 2.0 3.0 3.0
# expect: 0.0 1.0 1.0
# expect: True True True
# expect: 3.0 3628800 6 5.0
# expect: 1024.0 4 10 24
# expect: ValueError math domain error
# expect: inf -inf nan
