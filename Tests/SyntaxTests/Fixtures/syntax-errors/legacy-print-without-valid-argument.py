print{(*args, ** kwargs)
