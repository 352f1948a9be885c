# Attribute-heavy object code: particles with several attributes moved by method calls, plus a
# small class hierarchy with an overridden method and a property.


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0

    def step(self, width, height):
        self.x += self.vx
        self.y += self.vy
        if self.x < 0 or self.x >= width:
            self.vx = -self.vx
            self.x += 2 * self.vx
            self.bounces += 1
        if self.y < 0 or self.y >= height:
            self.vy = -self.vy
            self.y += 2 * self.vy
            self.bounces += 1


class HeavyParticle(Particle):
    def __init__(self, x, y, vx, vy, mass):
        super().__init__(x, y, vx, vy)
        self.mass = mass

    def step(self, width, height):
        Particle.step(self, width, height)
        self.vy += self.mass

    @property
    def momentum(self):
        return self.mass * (abs(self.vx) + abs(self.vy))


def simulate(count, steps):
    width, height = 1000, 700
    particles = []
    for i in range(count):
        vx = i % 7 - 3 or 1
        vy = i % 5 - 2 or 1
        if i % 3 == 0:
            particles.append(HeavyParticle(i * 37 % width, i * 91 % height, vx, vy, i % 2))
        else:
            particles.append(Particle(i * 37 % width, i * 91 % height, vx, vy))
    for _ in range(steps):
        for p in particles:
            p.step(width, height)
    bounces = 0
    checksum = 0
    momentum = 0
    for p in particles:
        bounces += p.bounces
        checksum += p.x * 3 + p.y
        if isinstance(p, HeavyParticle):
            momentum += p.momentum
    return bounces, checksum, momentum


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (20, 50),
    (100, 10): (50, 100),
    (1000, 10): (300, 600),
    (5000, 10): (600, 1500),
}


def bm_setup(params):
    count, steps = params
    state = None

    def run():
        nonlocal state
        state = simulate(count, steps)

    def result():
        return count * steps, state

    return run, result
