a and b = or c
