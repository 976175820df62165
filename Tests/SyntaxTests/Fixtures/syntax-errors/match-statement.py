# lit-expected-deviation: lit cells do not support match statements
match x:
    case 1:
        pass
