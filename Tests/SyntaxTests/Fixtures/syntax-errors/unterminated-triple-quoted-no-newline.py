x = '''abc
y