x = 'ab\U0011ffff'
