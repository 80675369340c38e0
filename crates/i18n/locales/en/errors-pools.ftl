# Pools in English: errors of groups, pools, accounts and invitations.
# Every key here is in the other languages too.


## Groups

error-pools-slug-taken = the address "{ $slug }" is taken by another group: choose another
error-pools-already-in-group = you are already a member of { $group }
error-pools-import-forbidden = only organizers of { $group } can import members
error-pools-no-group = there is no group "{ $slug }"
error-pools-no-group-address = there is no group with the address "{ $slug }"

## Invite links and invitations by email

error-pools-invite-invalid = this invite link is not valid: ask an organizer of the group to copy it again
error-pools-invite-member-gone = this invite's membership no longer exists
error-pools-invite-group-gone = this invite's group no longer exists
error-pools-invite-taken = this place in { $group } was already claimed by someone else; if that is wrong, tell an organizer
error-pools-invite-already-member = you are already a member of { $group } as "{ $mine }", so you cannot also claim "{ $theirs }"
error-pools-invites-forbidden = only organizers of { $group } can see and send its invites
error-pools-not-an-email = "{ $text }" is not an email address: write it as name@example.org
error-pools-no-such-member = { $group } has no such member
error-pools-place-claimed = { $name } has claimed their place already: there is nobody to invite
# Why an invite was not sent, after "Not sent to NAME:".
error-pools-skip-no-address = no email address yet
error-pools-skip-claimed = has claimed their place already

## Pools

error-pools-pool-group-gone = the pool's group no longer exists
error-pools-group-has-pool = { $group } already has a pool, { $pool }
error-pools-create-accept = read the membership commitment and tick the box to accept it: as the first organizer you are the pool's first member
error-pools-new-pool-vanished = the new pool vanished
error-pools-commitment-empty = the membership commitment cannot be empty: say what members promise
error-pools-rules-open = this pool is open, so its rules change only by a rule-change decision of the members
error-pools-already-open = this pool is already open
error-pools-open-forbidden = only the pool's organizers can open it
error-pools-join-group-first = only members of { $group } can join its pool: join the group first
error-pools-already-in-pool = you are already a member of this pool
error-pools-still-draft = this pool is still being set up by its organizers: you can join once they open it
error-pools-join-accept = tick the box to accept the membership commitment
error-pools-commitment-changed = the membership commitment changed since you read it: read it again and accept the current text
error-pools-new-membership-vanished = the new membership vanished
error-pools-not-in-pool = you are not a member of this pool
error-pools-last-organizer-leaving = you are the pool's only organizer: make another member an organizer before you leave
error-pools-roles-forbidden = only the pool's organizers can assign roles
error-pools-not-a-member = that person is not a member of this pool
error-pools-needs-organizer = a pool needs at least one organizer: make someone else an organizer first
error-pools-membership-vanished = the membership vanished
error-pools-time-zone-forbidden = only the pool's organizers can set its time zone
error-pools-pool-vanished = the pool vanished
error-pools-flood-forbidden = only members of a member pool's group can see this Flood
error-pools-read-forbidden = only members of the pool's group can see this

## Accounts and settings

error-pools-account-exists = an account with { $email } already exists: sign in, or reset your password if you forgot it
error-pools-wrong-password = that email and password do not match an account: check both, or reset your password
error-pools-reset-link = this reset link is unknown, used or expired: ask for a new one
# $why is the hashing library's own words.
error-pools-password-unusable = cannot be used: { $why }
error-pools-outbox-forbidden = only the operator of this server can read the outbox
error-pools-language = choose English, Français or Español

## Requests that move money, made once

error-pools-idempotency-key = send an Idempotency-Key of 1 to 200 characters, new for each request that moves money
error-pools-idempotency-reused = this Idempotency-Key was already used for a different request: use a new key
