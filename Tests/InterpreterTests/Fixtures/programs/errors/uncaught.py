def outer():
    return inner()
def inner():
    return {'a': 1}['b']
print('before')
outer()
print('never')
# expect: before
# expect error: KeyError: 'b'
