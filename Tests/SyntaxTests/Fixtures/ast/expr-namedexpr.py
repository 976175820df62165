(y := 10)
if (n := len(a)) > 3: pass
print(x := 5)
[y := 1, y ** 2]
