while i < 10:
    i += 1
else:
    done = True
while (line := read()):
    process(line)
