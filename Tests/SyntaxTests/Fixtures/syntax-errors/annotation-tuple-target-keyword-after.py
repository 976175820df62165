(a, b), c in pairs: pass
