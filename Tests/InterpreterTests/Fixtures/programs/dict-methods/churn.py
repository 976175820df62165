# Pseudo-random inserts, deletes and lookups, checked against a list-of-pairs model.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
d = {}
model = []
hits = 0
for step in range(3000):
    k = rnd(40)
    key = k if k % 3 else 'k%d' % k
    op = rnd(4)
    if op == 0:
        d[key] = step
        for i, (mk, mv) in enumerate(model):
            if mk == key:
                model[i] = (key, step)
                break
        else:
            model.append((key, step))
    elif op == 1:
        if key in d:
            del d[key]
            model = [(mk, mv) for mk, mv in model if mk != key]
    elif op == 2:
        if d.get(key) is not None:
            hits += 1
    else:
        if rnd(50) == 0:
            d.clear()
            model = []
    if step % 500 == 0:
        print(step, len(d), list(d.items()) == model)
print(hits, len(d), list(d.items()) == model)
class O:
    def m(self):
        return 'method'
o = O()
for i in range(30):
    setattr(o, 'a%d' % i, i)
print(o.m(), o.a7, hasattr(o, 'b'), getattr(o, 'a29'))
o.m = lambda: 'shadowed'
print(o.m())
del o.m
print(o.m())
# expect: 0 0 True
# expect: 500 10 True
# expect: 1000 10 True
# expect: 1500 10 True
# expect: 2000 10 True
# expect: 2500 10 True
# expect: 0 10 True
# expect: method 7 False 29
# expect: shadowed
# expect: method
