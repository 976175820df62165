def f():
    return
  x
