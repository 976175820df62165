x = ('\x' 
 'abc')
