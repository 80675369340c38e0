# Pools in English: errors of discussions, notifications, webhooks and calendars.
# Every key here is in the other languages too.

