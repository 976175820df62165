for i in range(3):
    print('i', i)
else:
    print('for done')
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print('loop', i)
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while done', n)
while True:
    n -= 1
    if n == 0:
        break
print('n', n)
for x in []:
    print('never')
else:
    print('empty else')
if 0:
    print('no')
elif []:
    print('no')
elif 'x':
    print('elif taken')
else:
    print('no')
total = 0
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        total += i * j
print(total)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1
print(find('abc', 'c'), find('abc', 'z'))
pass
# expect: i 0
# expect: i 1
# expect: i 2
# expect: for done
# expect: loop 0
# expect: loop 1
# expect: loop 3
# expect: while done 3
# expect: n 0
# expect: empty else
# expect: elif taken
# expect: 3
# expect: 2 -1
