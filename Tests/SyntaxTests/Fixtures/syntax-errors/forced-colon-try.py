try@:
    pass
