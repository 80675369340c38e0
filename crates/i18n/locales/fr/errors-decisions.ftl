# Pools in French: errors of decisions, proxies, secret ballots and Floods.
# Every key here is in the other languages too.

