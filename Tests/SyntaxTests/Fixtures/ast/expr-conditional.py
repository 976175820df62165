a if b else c
x = 1 if cond else 2 if other else 3
