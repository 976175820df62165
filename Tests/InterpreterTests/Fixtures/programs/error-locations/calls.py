def divide(a, b):
    return a / b

answer = 1 + divide(1, 0)
# %%
class Box:
    def __init__(self):
        self.size = 3

    def grow(self, k):
        return self.size + k

b = Box()
print(b.size)
m = b.grow(1) + b.grow('x')
# %%
q = b.size + b.weight
# %%
w = print(undefined_name)
# %%
d = {'a': 1}
v = d['a'] + d['b']
# %%
items = [3, 1, 2]
items.sort()
n = len(items) + int('seven')
# %%
def outer():
    return inner() * 2

def inner():
    return [][0]

print('before')
value = outer()
# expect error at 2:12: ZeroDivisionError: division by zero
# expect: 3
# expect error at 6:16: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect error at 1:14: AttributeError: 'Box' object has no attribute 'weight'
# expect error at 1:11: NameError: name 'undefined_name' is not defined
# expect error at 2:14: KeyError: 'b'
# expect error at 3:18: ValueError: invalid literal for int() with base 10: 'seven'
# expect: before
# expect error at 5:12: IndexError: list index out of range
