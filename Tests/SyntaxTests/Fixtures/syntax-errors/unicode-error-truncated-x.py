x = 'a\x4'
