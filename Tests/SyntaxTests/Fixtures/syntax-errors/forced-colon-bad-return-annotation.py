def f() -> in:
    pass
