# leading comment
x = (1 +  # inside
     2)
y = 1 + \
    2
z = [
    1,

    2,  # trailing
]


    # indented comment
if x:
    # comment in block
    pass
