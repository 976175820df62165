print(a + b) =
