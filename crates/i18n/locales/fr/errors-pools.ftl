# Pools in French: errors of groups, pools, accounts and invitations.
# Every key here is in the other languages too.

