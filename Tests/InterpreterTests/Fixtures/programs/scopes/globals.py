total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
x = 'global'
def read():
    return x
def shadow():
    x = 'local'
    return x
print(read(), shadow(), x)
def broken():
    print(y)
    y = 1
try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
try:
    print(undefined_name)
except NameError as e:
    print('NameError:', e)
def make():
    global created
    created = 'made'
make()
print(created)
class C:
    attr = 1
    doubled = attr * 2
    items = [attr for _ in range(2)] if False else None
print(C.attr, C.doubled)
del total
try:
    total
except NameError as e:
    print(e)
# expect: 12
# expect: global local global
# expect: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
# expect: NameError: name 'undefined_name' is not defined
# expect: made
# expect: 1 2
# expect: name 'total' is not defined
