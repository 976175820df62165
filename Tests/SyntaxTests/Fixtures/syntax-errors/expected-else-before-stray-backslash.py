x = 1if y els\e 20
