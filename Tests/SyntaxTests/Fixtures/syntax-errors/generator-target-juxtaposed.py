[x * y for x  n a]
