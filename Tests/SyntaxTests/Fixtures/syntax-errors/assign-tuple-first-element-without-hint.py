+a, *b = c
