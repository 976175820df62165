def f@():
    pass
