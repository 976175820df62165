class A:
    v = [(y := x) for x in range(3)]
