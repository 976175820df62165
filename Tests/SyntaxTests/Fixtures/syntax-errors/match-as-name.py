match = 1
match(x)
print(match)
