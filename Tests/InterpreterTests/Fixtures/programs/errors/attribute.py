class Widget:
    pass
w = Widget()
w.size
# expect error: AttributeError: 'Widget' object has no attribute 'size'
