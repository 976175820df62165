while x:
    def g():
        break
