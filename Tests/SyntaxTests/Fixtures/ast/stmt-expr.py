print('hello')
x
