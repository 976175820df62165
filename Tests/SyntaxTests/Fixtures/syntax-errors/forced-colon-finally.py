try:
    pass
finally@:
    pass
