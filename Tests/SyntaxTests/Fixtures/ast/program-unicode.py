名前 = 'värde'
π = 3.14
print(f'{名前} €')
