print(*args, **kwargs)
a, *b = c
[*x]
