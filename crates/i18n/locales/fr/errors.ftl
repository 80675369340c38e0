# Pools in French: Error messages: what is wrong and how to fix it.
# Every key here is in the other languages too.

