if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if x: y = 1
if (n := len(a)) > 10: pass
