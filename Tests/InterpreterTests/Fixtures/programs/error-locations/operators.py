x = 1
y = x + 1 / 0
# %%
values = [1, 2, 3]
total = 10 + values[5]
# %%
n = 4
if n > 2:
    n = n - 'a'
# %%
z = 2 * -'s'
# %%
s = 7
result = (s
    + 1) % 0
# expect error at 2:9: ZeroDivisionError: division by zero
# expect error at 2:14: IndexError: list index out of range
# expect error at 3:9: TypeError: unsupported operand type(s) for -: 'int' and 'str'
# expect error at 1:9: TypeError: bad operand type for unary -: 'str'
# expect error at 2:10: ZeroDivisionError: integer modulo by zero
