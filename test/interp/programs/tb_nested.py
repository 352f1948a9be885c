try:
    1 / 0
except ZeroDivisionError:
    try:
        undefined
    finally:
        print("finally")
