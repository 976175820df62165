fo.i in range(3):
    pass
