value = int('x')
# expect error: ValueError: invalid literal for int() with base 10: 'x'
