[x for x in y]
[x * y for x in a for y in b if x if y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(a, b) for a, b in pairs]
[[j for j in range(i)] for i in range(3)]
[y for x in data if (y := f(x))]
