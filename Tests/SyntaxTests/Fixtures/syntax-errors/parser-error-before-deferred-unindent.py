def outer(a):
    defmiddle(b):
        return b
   < return middle
