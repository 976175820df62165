a if b else c = x
