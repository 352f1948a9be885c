# Uncaught groups wider than 15 and deeper than 10 are truncated as CPython does.
eg = ExceptionGroup("leaf", [ValueError(0)])
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg, TypeError(i)])
raise ExceptionGroup("wide", [eg] + [ValueError(i) for i in range(16)])
