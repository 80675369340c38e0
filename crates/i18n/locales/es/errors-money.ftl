# Pools in Spanish: errors of the treasury, budgeting and forming the legal entity.
# Every key here is in the other languages too.

