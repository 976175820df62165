for i in range(3):
    print(i)
for k, v in d.items():
    pass
else:
    pass
for (a, b), c in pairs: pass
for x in *a, *b: pass
for obj.attr in seq: pass
