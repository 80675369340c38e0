# Pools in English: Error messages: what is wrong and how to fix it.
# Every key here is in the other languages too.

## Said everywhere

error-sign-in-first = sign in first
error-store = something went wrong on our side; nothing was changed. Please try again
error-rate-limited = too many failed attempts: wait { $seconds } seconds and try again, or reset your password
error-busy = the server is busy: try again in { $seconds } seconds
error-clash = this clashed with another change made at the same moment ({ $what }); reload and try again
error-no-pool = there is no pool with id "{ $id }"
error-no-chain = the journal has no chain "{ $body }": chains are named pool:ID, group:ID or person:ID
error-not-a-time-zone = { $zone } is not a time zone Pools knows: give a region and city as in the time zone database, like Europe/Paris or America/Mexico_City
