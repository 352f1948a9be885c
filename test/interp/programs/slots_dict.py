# __slots__ values stay out of an instance's __dict__ (and readable) after the dict is
# materialised by vars(), __dict__ or an integer-like attribute name.
class P:
    __slots__ = ("x", "y")
class Q(P):
    pass
q = Q()
q.x = 1
q.w = 2
print(sorted(vars(q)), q.x)
q.y = 3
q.__dict__["z"] = 4
print(q.x, q.y, q.z, sorted(q.__dict__))
del q.x
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.x = 5
r = Q()
r.x = 7
setattr(r, "1", 2)
print(q.x, r.x, sorted(vars(r)), hasattr(r, "y"))
for o in [q, r, q, r]:
    print(o.x, end=" ")
print()
