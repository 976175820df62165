# lit-expected-deviation: lit cells do not support complex numbers
x = 1j
