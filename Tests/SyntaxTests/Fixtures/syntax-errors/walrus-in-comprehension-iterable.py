[y for x in data if (y := f(x)) for z in (w := x)]
