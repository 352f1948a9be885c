def call(f):
    return f(1,
             2)

call(lambda a: a)
