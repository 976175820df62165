print(format(3.14159, '.2f'), format(42, '08d'), format(-42, '+d'), format(42, ' d'))
print(format(1234567.891, ',.2f'), format(1234567, '_'), format(0.25, '%'), format(0.5, '.1%'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(8, 'o'), format(5, 'b'), format(65, 'c'))
print(format(1e-5, 'e'), format(123456789.0, 'E'), format(0.0001234, 'g'), format(123456789.0, 'g'))
print(format(1.0, '.3'), format(1234.5, '.3'), format(100.0, 'g'), format(2.5, ''))
print(format('abc', '>5'), format('abc', '<5') + '|', format('abc', '^7'), format('abcdef', '.3'))
print(format(True, ''), format(True, 'd'), format(None, ''))
print(format(-0.0, '.1f'), format(float('inf'), 'f'), format(float('nan'), '.2f'), format(float('inf'), 'F'))
print(format(12345.6789, '10.2f') + '|', format(-12.5, '010.2f'), format(3, '.2f'))
print(format(1234567890123456789012345, ','), format(2 ** 70, 'x'))
# expect: 3.14 00000042 -42  42
# expect: 1,234,567.89 1_234_567 25.000000% 50.0%
# expect: ff FF 0xff 10 101 A
# expect: 1.000000e-05 1.234568E+08 0.0001234 1.23457e+08
# expect: 1.0 1.23e+03 100 2.5
# expect:   abc abc  |   abc   abc
# expect: True 1 None
# expect: -0.0 inf nan INF
# expect:   12345.68| -000012.50 3.00
# expect: 1,234,567,890,123,456,789,012,345 400000000000000000
