# Float kernel: the n-body simulation of the Computer Language Benchmarks Game, written with
# flat float lists so the hot loop is float arithmetic and indexing only.

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

BODIES = [
    # sun
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    # jupiter
    (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS),
    # saturn
    (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS),
    # uranus
    (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS),
    # neptune
    (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS),
]


def make_system():
    pos = []
    vel = []
    mass = []
    for x, y, z, vx, vy, vz, m in BODIES:
        pos.append([x, y, z])
        vel.append([vx, vy, vz])
        mass.append(m)
    px = py = pz = 0.0
    for v, m in zip(vel, mass):
        px += v[0] * m
        py += v[1] * m
        pz += v[2] * m
    vel[0][0] = -px / SOLAR_MASS
    vel[0][1] = -py / SOLAR_MASS
    vel[0][2] = -pz / SOLAR_MASS
    return pos, vel, mass


def advance(pos, vel, mass, dt, steps):
    n = len(mass)
    for _ in range(steps):
        for i in range(n):
            pi = pos[i]
            vi = vel[i]
            mi = mass[i]
            for j in range(i + 1, n):
                pj = pos[j]
                vj = vel[j]
                dx = pi[0] - pj[0]
                dy = pi[1] - pj[1]
                dz = pi[2] - pj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                mj = mass[j] * mag
                vi[0] -= dx * mj
                vi[1] -= dy * mj
                vi[2] -= dz * mj
                mi_mag = mi * mag
                vj[0] += dx * mi_mag
                vj[1] += dy * mi_mag
                vj[2] += dz * mi_mag
        for i in range(n):
            p = pos[i]
            v = vel[i]
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def energy(pos, vel, mass):
    e = 0.0
    n = len(mass)
    for i in range(n):
        v = vel[i]
        e += 0.5 * mass[i] * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
        for j in range(i + 1, n):
            dx = pos[i][0] - pos[j][0]
            dy = pos[i][1] - pos[j][1]
            dz = pos[i][2] - pos[j][2]
            e -= (mass[i] * mass[j]) / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (500,),
    (100, 10): (2000,),
    (1000, 10): (10000,),
    (5000, 10): (100000,),
}


def bm_setup(params):
    (steps,) = params
    state = None

    def run():
        nonlocal state
        pos, vel, mass = make_system()
        before = energy(pos, vel, mass)
        advance(pos, vel, mass, 0.01, steps)
        state = "%.9f %.9f" % (before, energy(pos, vel, mass))

    def result():
        return steps, state

    return run, result
