print('hello'~)
