while True:
    pass
    if x:
        break
    continue
