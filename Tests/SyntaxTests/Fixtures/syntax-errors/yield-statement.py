# lit-expected-deviation: lit cells do not support generators
yield 1
