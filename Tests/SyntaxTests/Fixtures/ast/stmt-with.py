with open(p) as f:
    data = f.read()
with a as b, c as d:
    pass
with lock:
    pass
with (a as b, c as d):
    pass
with ctx() as (x, y): pass
with (yield_ctx()): pass
