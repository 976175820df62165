if x: y = 1; z = 2
for i in r: total += i
while False: pass
def f(): return 1
class K: x = 1
try: a()
except E: b()
with c: d()
