# lit-expected-deviation: lit cells do not support bytes
x = b"abc"
