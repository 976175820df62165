[*y for x in a for yxin b]
