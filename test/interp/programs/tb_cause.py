class E(Exception):
    pass

try:
    {}["k"]
except KeyError as e:
    raise E("wrapped") from e
