x = 1
print(x)
print(y)
# expect: 1
# expect error: NameError: name 'y' is not defined
